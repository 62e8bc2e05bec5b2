using System.Text.RegularExpressions;
using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;

namespace CainiaoDashboard.Tests.Features.Parcels;

/// <summary>The parcel page's leg bar: planned against actual per leg, the time that was someone else's, and who made it late.</summary>
public sealed class LegBarTests : MudTestContext
{
    private static readonly DateTime Ordered = new(2026, 11, 2, 1, 0, 0, DateTimeKind.Utc);

    public LegBarTests() => RenderProviders();

    [Fact]
    public void A_parcel_late_in_two_legs_shows_each_legs_plan_and_overrun_and_the_split()
    {
        var parcel = new JourneyParcel(Zto, NextDay, CrossBorder: false, Ordered, Ordered.AddHours(36));
        JourneyScan[] scans =
        [
            new(ParcelStatus.PickedUp, ParcelSubStatus.None, Ordered.AddHours(10.2)),
            new(ParcelStatus.OutForDelivery, ParcelSubStatus.None, Ordered.AddHours(33.2)),
            new(ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome, Ordered.AddHours(40)),
            new(ParcelStatus.Delivered, ParcelSubStatus.Signed, Ordered.AddHours(42)),
        ];

        var cut = Render<LegBar>(p => p.Add(b => b.Attribution, LatenessAttribution.Of(parcel, scans, Ordered.AddDays(5))));

        var rows = cut.FindAll("tr[data-leg]").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["First mile (to pick-up)", "7.2 h", "10.2 h", "—", "3.0 h", "Shipper"], rows[0]);
        Assert.Equal(["Linehaul and sorting", "18.0 h", "23.0 h", "—", "5.0 h", "Courier"], rows[1]);
        Assert.Equal(["Delivery", "10.8 h", "8.8 h", "Recipient 2.0 h", "—", "Courier"], rows[2]);
        Assert.Equal("Late by 6.0 h: Courier 3.0 h (50%), Shipper 1.8 h (30%), Recipient 1.2 h (20%)",
            Regex.Replace(cut.Find("[data-testid=late-parties]").TextContent, @"\s+", " ").Trim());
    }

    [Fact]
    public void In_chinese_the_legs_the_split_and_the_durations_are_worded_in_chinese()
    {
        using var scope = CultureScope.Chinese();
        var parcel = new JourneyParcel(Zto, NextDay, CrossBorder: false, Ordered, Ordered.AddHours(36));
        JourneyScan[] scans =
        [
            new(ParcelStatus.PickedUp, ParcelSubStatus.None, Ordered.AddHours(10.2)),
            new(ParcelStatus.OutForDelivery, ParcelSubStatus.None, Ordered.AddHours(33.2)),
            new(ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome, Ordered.AddHours(40)),
            new(ParcelStatus.Delivered, ParcelSubStatus.Signed, Ordered.AddHours(42)),
        ];

        var cut = Render<LegBar>(p => p
            .Add(b => b.Attribution, LatenessAttribution.Of(parcel, scans, Ordered.AddDays(5)))
            .Add(b => b.CountedAgainst, LateParty.Courier));

        Assert.Equal(["运输段", "计划", "实际", "他方耗时", "超出计划", "责任方"], cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
        var rows = cut.FindAll("tr[data-leg]").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["头程（至揽收）", "7.2小时", "10.2小时", "—", "3.0小时", "发件人"], rows[0]);
        Assert.Equal(["派送", "10.8小时", "8.8小时", "收件人2.0小时", "—", "快递公司"], rows[2]);
        Assert.Equal("逾期6.0小时：快递公司3.0小时（50%）、发件人1.8小时（30%）、收件人1.2小时（20%）", cut.Find("[data-testid=late-parties]").TextContent);
        Assert.Equal("6.0小时", cut.Find("[data-testid=late-parties] strong").TextContent);
        Assert.Equal("在列表、队列和准时率中计入快递公司。", cut.Find("[data-testid=counted-against]").TextContent);
        Assert.Equal("快递公司", cut.Find("[data-testid=counted-against] strong").TextContent);
        Assert.Equal("头程（至揽收）：实际10.2小时，计划7.2小时", cut.Find(".leg-segment").GetAttribute("title"));
        Assert.Equal("逾期责任如何划分", cut.Find(".leg-rules summary").TextContent);
    }

    [Fact]
    public void Two_days_and_more_read_in_days_in_either_language()
    {
        var parcel = new JourneyParcel(Zto, NextDay, CrossBorder: false, Ordered, Ordered.AddHours(36));
        var attribution = LatenessAttribution.Of(parcel, [new(ParcelStatus.PickedUp, ParcelSubStatus.None, Ordered.AddHours(60))], Ordered.AddHours(61));

        using (CultureScope.English())
        {
            Assert.Equal("2.5 d", Render<LegBar>(p => p.Add(b => b.Attribution, attribution)).Find("tr[data-leg=FirstMile] td:nth-of-type(2)").TextContent);
        }

        using (CultureScope.Chinese())
        {
            Assert.Equal("2.5天", Render<LegBar>(p => p.Add(b => b.Attribution, attribution)).Find("tr[data-leg=FirstMile] td:nth-of-type(2)").TextContent);
        }
    }

    [Fact]
    public void An_open_parcel_on_time_shows_its_current_leg_and_nobody_to_blame()
    {
        var parcel = new JourneyParcel(Zto, NextDay, CrossBorder: false, Ordered, Ordered.AddHours(36));

        var cut = Render<LegBar>(p => p.Add(b => b.Attribution,
            LatenessAttribution.Of(parcel, [new(ParcelStatus.PickedUp, ParcelSubStatus.None, Ordered.AddHours(3))], Ordered.AddHours(10))));

        Assert.Equal(["FirstMile", "Linehaul"], cut.FindAll("tr[data-leg]").Select(r => r.GetAttribute("data-leg")));
        Assert.Equal("true", cut.Find("tr[data-leg=Linehaul]").GetAttribute("data-running"));
        Assert.Contains("Not late", cut.Find("[data-testid=late-parties]").TextContent);
    }
}

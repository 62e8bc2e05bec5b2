using Bunit;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Live;
using Microsoft.Extensions.DependencyInjection;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class HubHealthTableTests : MudTestContext
{
    public HubHealthTableTests() => Services.AddSingleton<SharedMarkup>();

    private static readonly DateTime Now = new(2026, 11, 18, 7, 5, 0, DateTimeKind.Utc);

    private static readonly HubHealth Hangzhou = new(1, "HGH", "Hangzhou sorting centre", "Asia/Shanghai", 290.4, 3412, 11.75, 120, 0.9512, HealthLevel.Critical);
    private static readonly HubHealth Yiwu = new(3, "YIW", "Yiwu sorting centre", "Asia/Shanghai", 180, 320, 1.8, 40, 0.97, HealthLevel.Warning);
    private static readonly HubHealth LosAngeles = new(9, "LAX", "Los Angeles gateway", "America/Los_Angeles", 3, 0, null, 0, null, HealthLevel.Good);

    [Fact]
    public void A_row_per_hub_with_its_figures_and_local_time()
    {
        var cut = RenderTable([Hangzhou, LosAngeles], parcels => parcels.ToUrl());

        var cells = Cells(cut, "HGH");
        Assert.Equal(["290", "3,412", "11.8 h", "95.1%", "15:05 CST"], cells);
        Assert.Equal(["3", "0", "—", "—", "23:05 UTC−08:00"], Cells(cut, "LAX"));
        Assert.Equal("/parcels?view=inflight&hub=HGH", cut.Find("tr[data-hub=HGH] th a").GetAttribute("href"));
    }

    [Fact]
    public void In_chinese_the_header_hub_names_and_hours_read_in_chinese_with_the_same_figures()
    {
        using var culture = CultureScope.Chinese();
        var cut = RenderTable([Hangzhou, LosAngeles], parcels => parcels.ToUrl());

        Assert.Equal(["分拨中心", "每小时发出", "积压", "停留时长", "准时率", "当地时间"], cut.FindAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["290", "3,412", "11.8 小时", "95.1%", "15:05 CST"], Cells(cut, "HGH"));
        Assert.Contains("杭州分拨中心", cut.Find("tr[data-hub=HGH] th").TextContent);
        Assert.Equal("(严重)", cut.Find("tr[data-hub=HGH] th .visually-hidden").TextContent);
    }

    [Fact]
    public void Warning_and_critical_rows_say_so_in_words_as_well_as_in_their_tint()
    {
        var cut = RenderTable([Hangzhou, Yiwu, LosAngeles], parcels => parcels.ToUrl());

        Assert.Contains("hub-critical", cut.Find("tr[data-hub=HGH]").ClassList);
        Assert.Equal("(critical)", cut.Find("tr[data-hub=HGH] th .visually-hidden").TextContent);
        Assert.Contains("hub-warning", cut.Find("tr[data-hub=YIW]").ClassList);
        Assert.Equal("(warning)", cut.Find("tr[data-hub=YIW] th .visually-hidden").TextContent);
        Assert.Empty(cut.FindAll("tr[data-hub=LAX] .hub-level-icon"));
    }

    [Fact]
    public void For_roles_without_the_parcel_list_hubs_are_not_links()
    {
        var cut = RenderTable([Hangzhou], _ => null);

        Assert.Null(cut.Find("tr[data-hub=HGH] th a").GetAttribute("href"));
    }

    [Fact]
    public void Quiet_hubs_give_a_note_instead_of_a_table_of_zeros()
    {
        var quiet = LosAngeles with { DeparturesPerHour = 0 };

        var cut = RenderTable([quiet], parcels => parcels.ToUrl());

        Assert.Empty(cut.FindAll("table"));
        Assert.Contains("No hub scans", cut.Find(".empty-note").TextContent);
    }

    private IRenderedComponent<HubHealthTable> RenderTable(IReadOnlyList<HubHealth> hubs, Func<ParcelListFilter, string?> linkFor) =>
        Render<HubHealthTable>(p => p.Add(t => t.Hubs, hubs).Add(t => t.LinkFor, linkFor).Add(t => t.NowUtc, Now));

    private static List<string> Cells(IRenderedComponent<HubHealthTable> cut, string hub) =>
        cut.FindAll($"tr[data-hub={hub}] td").Select(td => td.TextContent.Trim()).ToList();
}

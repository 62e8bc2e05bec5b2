using System.Globalization;
using Bunit;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using TestContext = Xunit.TestContext;

namespace CainiaoDashboard.Tests.Features.Parcels;

public sealed class ParcelDetailsTests : MudTestContext, IAsyncLifetime
{
    private SupportDatabase data = default!;

    public async ValueTask InitializeAsync()
    {
        data = await SupportDatabase.CreateAsync();
        Services.AddSingleton(data.DetailQuery());
        Services.AddSingleton(data.Desk);
        Services.AddSingleton(data.Clock);
        Services.AddSingleton(new ParcelChanges(data.Pipeline, NullLogger<ParcelChanges>.Instance));
        Services.AddScoped<PersonalDataAccess>();
        var auth = AddAuthorization();
        auth.SetAuthorized("support@cainiao.demo");
        auth.SetRoles(Roles.Support);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        await data.DisposeAsync();
    }

    [Fact]
    public void An_unknown_number_says_so_and_points_to_the_list()
    {
        var cut = Render<ParcelDetails>(p => p.Add(d => d.TrackingNumber, "ZZ404404404CN"));

        cut.WaitForAssertion(() => Assert.Contains("No parcel has tracking number ZZ404404404CN", cut.Find("[data-testid=parcel-not-found]").TextContent), DatabaseWait);
        Assert.Equal("/parcels", cut.Find("[data-testid=parcel-not-found] a").GetAttribute("href"));
    }

    [Fact]
    public void In_chinese_an_unknown_number_says_so_in_chinese_with_the_number_set_apart()
    {
        using var scope = CultureScope.Chinese();

        var cut = Render<ParcelDetails>(p => p.Add(d => d.TrackingNumber, "ZZ404404404CN"));

        cut.WaitForAssertion(() => Assert.Equal("未找到包裹", cut.Find("h1").TextContent), DatabaseWait);
        var notFound = cut.Find("[data-testid=parcel-not-found]");
        Assert.StartsWith("没有运单号为ZZ404404404CN的包裹。 请与客户核对运单号", notFound.QuerySelector("p")!.TextContent);
        Assert.Equal("ZZ404404404CN", notFound.QuerySelector("strong.mono")!.TextContent);
        Assert.Equal("浏览包裹列表", notFound.QuerySelector("a")!.TextContent);
    }

    [Theory]
    [InlineData("en-GB", "Tracking numbers and carriers|Promise China Standard Time (Beijing)|Hubs passed dwell = first to last scan at the hub|Legs against the plan|Timeline 0 events|Complaints 0 on this parcel|Internal notes for support staff only",
        "ZTO Express (Zhongtong)", "Next-day", "China Standard Time (Beijing)", "New York", "No complaints on this parcel.")]
    [InlineData("zh-CN", "运单号与承运商|承诺时效 北京时间|途经分拨中心 停留时长 = 该分拨中心首次至最后一次扫描|各运输段与计划对比|物流轨迹 0条事件|投诉 本包裹共0条|内部备注 仅限客服人员查看",
        "中通快递", "次日达", "北京时间", "纽约时间", "本包裹暂无投诉。")]
    public async Task The_page_speaks_the_readers_language_and_formats_its_times_in_iso_order_in_either(
        string language, string titles, string carrier, string service, string zone, string newYork, string noComplaints)
    {
        using var scope = CultureScope.Of(language);
        var created = new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc);
        var number = await data.RegisterParcelAsync(created);

        var cut = Render<ParcelDetails>(p => p.Add(d => d.TrackingNumber, number));

        cut.WaitForAssertion(() => Assert.Equal("2026-11-21 21:00 CST · 13:00 UTC", cut.Find("[data-testid=promised]").TextContent), DatabaseWait);
        var shown = cut.FindAll(".widget-title").Select(t => t.QuerySelector("small") is { } small
            ? $"{t.TextContent[..^small.TextContent.Length].Trim()} {small.TextContent}"
            : t.TextContent.Trim()).ToList();
        Assert.All(titles.Split('|'), title => Assert.Contains(shown, t => t.StartsWith(title, StringComparison.Ordinal)));
        Assert.Contains(carrier, cut.Find("[data-testid=carrier-chain]").TextContent);
        Assert.Contains(service, cut.Find("dl.facts").TextContent);
        Assert.Contains(noComplaints, cut.FindAll(".empty-note").Select(n => n.TextContent));
        Assert.Equal(zone, cut.Find("input[data-testid=detail-zone]").GetAttribute("value"));

        cut.FindComponent<MudPopoverProvider>().Choose(cut, "detail-zone", newYork);

        Assert.Equal("2026-11-21 08:00 UTC−05:00 · 13:00 UTC", cut.Find("[data-testid=promised]").TextContent);
        Assert.Contains(cut.FindAll(".widget-title small"), subtitle => subtitle.TextContent == newYork);
    }

    [Fact]
    public async Task Choosing_another_zone_relabels_the_page_times_in_that_zone()
    {
        // Async-local: it flows into the page's renders and is undone when this test returns.
        CultureInfo.CurrentCulture = DashboardCulture.Default;
        var created = new DateTime(2026, 11, 20, 1, 0, 0, DateTimeKind.Utc);
        var number = await data.RegisterParcelAsync(created);
        var cut = Render<ParcelDetails>(p => p.Add(d => d.TrackingNumber, number));
        cut.WaitForAssertion(() => Assert.Equal("2026-11-21 21:00 CST · 13:00 UTC", cut.Find("[data-testid=promised]").TextContent), DatabaseWait);

        // The page is an interactive island and brings MudBlazor's providers with it.
        cut.FindComponent<MudPopoverProvider>().Choose(cut, "detail-zone", "New York");

        Assert.Equal("2026-11-21 08:00 UTC−05:00 · 13:00 UTC", cut.Find("[data-testid=promised]").TextContent);
        Assert.Contains(cut.FindAll(".widget-title small"), subtitle => subtitle.TextContent == "New York");
    }

    [Fact]
    public async Task A_note_added_elsewhere_appears_without_reloading()
    {
        var number = await data.RegisterParcelAsync(DateTime.UtcNow.AddHours(-3));
        var cut = Render<ParcelDetails>(p => p.Add(d => d.TrackingNumber, number));
        cut.WaitForAssertion(() => Assert.Equal(number, cut.Find("[data-testid=parcel-tracking]").TextContent), DatabaseWait);
        Assert.Empty(cut.FindAll("[data-testid=notes] li"));

        await data.Desk.AddNoteAsync(number, "Added in another tab.", "bo", TestContext.Current.CancellationToken);

        cut.WaitForAssertion(() => Assert.Contains("Added in another tab.", cut.Find("[data-testid=notes]").TextContent), DatabaseWait);
    }
}

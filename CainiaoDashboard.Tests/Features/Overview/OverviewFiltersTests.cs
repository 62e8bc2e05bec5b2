using Bunit;
using CainiaoDashboard.Features.Overview;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class OverviewFiltersTests : MudTestContext
{
    private readonly List<OverviewFilterChange> changes = [];

    public OverviewFiltersTests() => RenderProviders();

    [Fact]
    public void The_selects_name_what_the_address_asks_for()
    {
        var cut = RenderFilters(carrier: "ZTO", service: "NEXT_DAY", zone: "UTC");

        Assert.Equal("ZTO Express (Zhongtong)", Shown(cut, "filter-carrier"));
        Assert.Equal("Next-day", Shown(cut, "filter-service"));
        Assert.Equal("All regions", Shown(cut, "filter-region"));
        Assert.Equal("Coordinated Universal Time", Shown(cut, "filter-zone"));
    }

    [Fact]
    public void In_chinese_the_labels_and_choices_read_in_chinese_and_the_codes_stay()
    {
        using var culture = CultureScope.Chinese();
        var cut = RenderFilters(carrier: "ZTO", service: "NEXT_DAY");

        Assert.Equal("中通快递", Shown(cut, "filter-carrier"));
        Assert.Equal("次日达", Shown(cut, "filter-service"));
        Assert.Equal("全部区域", Shown(cut, "filter-region"));
        Assert.Equal("北京时间", Shown(cut, "filter-zone"));
        Assert.Equal(["承运商", "服务类型", "区域（始发或目的）", "时区"], cut.FindAll("label.mud-input-label").Select(l => l.TextContent.Trim()));
        Assert.Equal("ZTO", cut.Find("[data-testid=filter-carrier] option[selected]").GetAttribute("value"));
        Assert.Equal("清除筛选", cut.Find("[data-testid=filter-clear]").TextContent.Trim());
    }

    [Fact]
    public void Every_select_has_a_label()
    {
        var cut = RenderFilters();

        var labels = cut.FindAll("label.mud-input-label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["Carrier", "Service", "Region (origin or destination)", "Time zone"], labels);
        foreach (var label in cut.FindAll("label.mud-input-label"))
        {
            Assert.NotNull(cut.Find($"#{label.GetAttribute("for")}"));
        }
    }

    [Fact]
    public void Choosing_a_carrier_keeps_the_other_filters_and_the_zone()
    {
        var cut = RenderFilters(service: "NEXT_DAY", zone: "LA");

        Choose(cut, "filter-carrier", "STO Express (Shentong)");

        var change = SingleChange(cut);
        Assert.Equal("STO", change.Filter.CarrierCode);
        Assert.Equal("NEXT_DAY", change.Filter.ServiceCode);
        Assert.Null(change.Filter.RegionCode);
        Assert.Equal("LA", change.ZoneKey);
    }

    [Fact]
    public void Choosing_all_services_clears_only_the_service()
    {
        var cut = RenderFilters(carrier: "ZTO", service: "NEXT_DAY");

        Choose(cut, "filter-service", "All services");

        var change = SingleChange(cut);
        Assert.Null(change.Filter.ServiceCode);
        Assert.Equal("ZTO", change.Filter.CarrierCode);
    }

    [Fact]
    public void Choosing_a_time_zone_keeps_the_filters()
    {
        var cut = RenderFilters(region: "US");

        Choose(cut, "filter-zone", "Singapore");

        var change = SingleChange(cut);
        Assert.Equal("SIN", change.ZoneKey);
        Assert.Equal("US", change.Filter.RegionCode);
    }

    [Fact]
    public void Clear_shows_only_with_a_filter_set_and_clears_the_filters_but_not_the_zone()
    {
        Assert.Empty(RenderFilters(zone: "UTC").FindAll("[data-testid=filter-clear]"));

        var cut = RenderFilters(carrier: "ZTO", region: "US", zone: "UTC");
        cut.Find("[data-testid=filter-clear]").Click();

        var change = SingleChange(cut);
        Assert.True(change.Filter.IsAll);
        Assert.Equal("UTC", change.ZoneKey);
    }

    private IRenderedComponent<OverviewFilters> RenderFilters(string? carrier = null, string? service = null, string? region = null, string zone = "CST") =>
        Render<OverviewFilters>(p => p
            .Add(f => f.Filter, OverviewFilter.Parse(carrier, service, region).Filter)
            .Add(f => f.ZoneKey, zone)
            .Add(f => f.OnChange, (OverviewFilterChange change) => changes.Add(change)));

    private OverviewFilterChange SingleChange(IRenderedComponent<OverviewFilters> cut)
    {
        cut.WaitForAssertion(() => Assert.Single(changes));
        return changes[0];
    }

    private static string Shown(IRenderedComponent<OverviewFilters> cut, string testId) =>
        cut.FindAll($"select[data-testid={testId}] option").Single(option => option.HasAttribute("selected")).TextContent.Trim();

    // The browser's list picks the option; the select reports its value in a change event.
    private static void Choose(IRenderedComponent<OverviewFilters> cut, string testId, string name)
    {
        var select = cut.Find($"select[data-testid={testId}]");
        var option = select.QuerySelectorAll("option").Single(o => o.TextContent.Trim() == name);
        select.Change(option.GetAttribute("value"));
    }
}

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

        Assert.Equal("ZTO Express (Zhongtong)", cut.Find("[data-testid=filter-carrier]").GetAttribute("value"));
        Assert.Equal("Next-day", cut.Find("[data-testid=filter-service]").GetAttribute("value"));
        Assert.Equal("All regions", cut.Find("[data-testid=filter-region]").GetAttribute("value"));
        Assert.Equal("Coordinated Universal Time", cut.Find("[data-testid=filter-zone]").GetAttribute("value"));
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

    // MudBlazor's click handlers may finish after the click returns on a busy machine.
    private OverviewFilterChange SingleChange(IRenderedComponent<OverviewFilters> cut)
    {
        cut.WaitForAssertion(() => Assert.Single(changes));
        return changes[0];
    }

    private void Choose(IRenderedComponent<OverviewFilters> cut, string testId, string name)
    {
        cut.Find($"[data-testid={testId}]").MouseDown();
        Popovers.WaitForElements(".mud-popover-open .mud-list-item");
        Popovers.FindAll(".mud-popover-open .mud-list-item").Single(item => item.TextContent.Trim() == name).Click();
    }
}

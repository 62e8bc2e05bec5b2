using CainiaoDashboard.Features.Overview;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class SharedOverviewFiguresTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 6, 30, 0, DateTimeKind.Utc);
    private static readonly OverviewFilter Zto = OverviewFilter.Parse("ZTO", null, null).Filter;
    private readonly SharedOverviewFigures shared = new(Options.Create(new AlertThresholds()));

    [Fact]
    public async Task Pages_on_the_same_snapshot_and_filter_get_the_same_figures()
    {
        var snapshot = Snapshot(1);

        var first = await shared.ForAsync(snapshot, Zto);
        var second = await shared.ForAsync(snapshot, OverviewFilter.Parse("zto", null, null).Filter);

        Assert.Same(first, second);
        Assert.Equal(OverviewCalculator.Compute(snapshot, Zto, new AlertThresholds()).Kpis.Select(k => k.Value), first.Kpis.Select(k => k.Value));
    }

    [Fact]
    public async Task Another_filter_or_another_snapshot_is_computed_apart()
    {
        var snapshot = Snapshot(1);
        var all = await shared.ForAsync(snapshot, OverviewFilter.All);

        Assert.NotSame(all, await shared.ForAsync(snapshot, Zto));
        // Equal contents but another read: the figures belong to the snapshot object, not to its version number.
        Assert.NotSame(all, await shared.ForAsync(Snapshot(1), OverviewFilter.All));
        Assert.Equal(Now.AddMinutes(1), (await shared.ForAsync(Snapshot(1, Now.AddMinutes(1)), OverviewFilter.All)).AsOfUtc);
    }

    [Fact]
    public async Task Figures_of_snapshots_before_the_previous_one_are_dropped()
    {
        var first = Snapshot(1);
        var figures = await shared.ForAsync(first, OverviewFilter.All);
        await shared.ForAsync(Snapshot(2), OverviewFilter.All);
        Assert.Same(figures, await shared.ForAsync(first, OverviewFilter.All));

        await shared.ForAsync(Snapshot(3), OverviewFilter.All);

        Assert.NotSame(figures, await shared.ForAsync(first, OverviewFilter.All));
    }

    [Fact]
    public async Task With_more_filters_than_the_capacity_only_the_newest_snapshot_is_kept()
    {
        var previous = Snapshot(1);
        var figures = await shared.ForAsync(previous, OverviewFilter.All);
        var newest = Snapshot(2);
        for (var region = 1; region <= SharedOverviewFigures.Capacity + 1; region++) await shared.ForAsync(newest, new OverviewFilter(RegionId: region));
        var kept = await shared.ForAsync(newest, new OverviewFilter(RegionId: 1));

        Assert.NotSame(figures, await shared.ForAsync(previous, OverviewFilter.All));
        Assert.Same(kept, await shared.ForAsync(newest, new OverviewFilter(RegionId: 1)));
    }

    private static OperationsSnapshot Snapshot(long version, DateTime? asOfUtc = null) =>
        OperationsSnapshot.Empty with { AsOfUtc = asOfUtc ?? Now, Version = version };
}

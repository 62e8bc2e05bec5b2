using CainiaoDashboard.Features.Overview;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Features.Overview;

public sealed class SharedOverviewFiguresTests
{
    private static readonly DateTime Now = new(2026, 11, 20, 6, 30, 0, DateTimeKind.Utc);
    private static readonly OverviewFilter Zto = OverviewFilter.Parse("ZTO", null, null).Filter;
    private readonly SharedOverviewFigures shared = new(Options.Create(new AlertThresholds()));

    [Fact]
    public void Pages_on_the_same_snapshot_and_filter_get_the_same_figures()
    {
        var snapshot = Snapshot(1);

        var first = shared.For(snapshot, Zto);
        var second = shared.For(snapshot, OverviewFilter.Parse("zto", null, null).Filter);

        Assert.Same(first, second);
        Assert.Equal(OverviewCalculator.Compute(snapshot, Zto, new AlertThresholds()).Kpis.Select(k => k.Value), first.Kpis.Select(k => k.Value));
    }

    [Fact]
    public void Another_filter_or_another_snapshot_is_computed_apart()
    {
        var snapshot = Snapshot(1);
        var all = shared.For(snapshot, OverviewFilter.All);

        Assert.NotSame(all, shared.For(snapshot, Zto));
        // Equal contents but another read: the figures belong to the snapshot object, not to its version number.
        Assert.NotSame(all, shared.For(Snapshot(1), OverviewFilter.All));
        Assert.Equal(Now.AddMinutes(1), shared.For(Snapshot(1, Now.AddMinutes(1)), OverviewFilter.All).AsOfUtc);
    }

    [Fact]
    public void Figures_of_snapshots_before_the_previous_one_are_dropped()
    {
        var first = Snapshot(1);
        var figures = shared.For(first, OverviewFilter.All);
        shared.For(Snapshot(2), OverviewFilter.All);
        Assert.Same(figures, shared.For(first, OverviewFilter.All));

        shared.For(Snapshot(3), OverviewFilter.All);

        Assert.NotSame(figures, shared.For(first, OverviewFilter.All));
    }

    [Fact]
    public void With_more_filters_than_the_capacity_only_the_newest_snapshot_is_kept()
    {
        var previous = Snapshot(1);
        var figures = shared.For(previous, OverviewFilter.All);
        var newest = Snapshot(2);
        for (var region = 1; region <= SharedOverviewFigures.Capacity + 1; region++) shared.For(newest, new OverviewFilter(RegionId: region));
        var kept = shared.For(newest, new OverviewFilter(RegionId: 1));

        Assert.NotSame(figures, shared.For(previous, OverviewFilter.All));
        Assert.Same(kept, shared.For(newest, new OverviewFilter(RegionId: 1)));
    }

    private static OperationsSnapshot Snapshot(long version, DateTime? asOfUtc = null) =>
        OperationsSnapshot.Empty with { AsOfUtc = asOfUtc ?? Now, Version = version };
}

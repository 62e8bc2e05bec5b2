using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Complaints;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Simulation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Features.Parcels;

/// <summary><c>Simulator:HideParcels</c>: the simulator's parcels (numbers with its prefix) left out of what support staff search and list.</summary>
public abstract class HideSimulatedParcelsTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : HideSimulatedParcelsTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : HideSimulatedParcelsTests(DatabaseProvider.Postgres);

    private const string Real = "ZT4400000000001";
    private const string Simulated = "SIM-ZT700000000001";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Lists_searches_parcel_pages_and_complaints_leave_out_the_simulators_parcels_only_when_the_setting_says_so(bool hide)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var data = await SupportDatabase.CreateAsync(provider: provider);
        var now = DateTime.UtcNow;
        foreach (var number in new[] { Real, Simulated })
        {
            await TestParcels.RegisterAsync(data.Pipeline, now.AddHours(-3), ct, number);
            await data.FileComplaintAsync(number, ComplaintCategory.LateDelivery, now.AddHours(-1));
        }

        var simulator = Options.Create(new SimulatorOptions { HideParcels = hide });
        var list = new ParcelListQuery(data.Contexts, Options.Create(new KpiOptions()), simulator);
        var lookup = new ParcelLookup(data.Contexts, simulator);
        var detail = new ParcelDetailQuery(data.Contexts, list);
        var complaints = new ComplaintListQuery(data.Contexts, simulator);

        string[] expected = hide ? [Real] : [Simulated, Real];
        var page = await list.PageAsync(ParcelListFilter.All, ParcelSort.TrackingNumber, false, 0, 50, now, false, ct);
        Assert.Equal(expected, page.Rows.Select(r => r.TrackingNumber).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, await list.CountAsync(ParcelListFilter.All, now, ct));
        Assert.Equal(hide ? null : Simulated, (await lookup.SearchAsync(Simulated, ct)).ExactMatch);
        Assert.Equal(hide ? 0 : 1, (await lookup.SearchAsync("SIM-ZT7", ct)).PrefixMatches.Count);
        Assert.Equal(Real, (await lookup.SearchAsync(Real, ct)).ExactMatch);
        Assert.Equal(hide, await detail.GetAsync(Simulated, now, false, ct) is null);
        Assert.NotNull(await detail.GetAsync(Real, now, false, ct));
        var (rows, count) = await complaints.PageAsync(new ComplaintListFilter(), 0, 50, now, false, ct);
        Assert.Equal(expected.Length, count);
        Assert.Equal(expected, rows.Select(r => r.TrackingNumber).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_overview_feed_leaves_out_the_simulators_scans_when_the_setting_says_so()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var data = await SupportDatabase.CreateAsync(provider: provider);
        using var live = new LiveOperations(data.Pipeline, new OperationsSnapshotQuery(data.Contexts, Options.Create(new KpiOptions())),
            new SeedingStatus(), TimeProvider.System, NullLogger<LiveOperations>.Instance, Options.Create(new SimulatorOptions { HideParcels = true }));
        await live.StartAsync(ct);
        var now = DateTime.UtcNow;
        CarrierStatusCodes.TryNormalise("GOT", out var status, out var subStatus);
        foreach (var number in new[] { Simulated, Real })
        {
            await TestParcels.RegisterAsync(data.Pipeline, now.AddHours(-3), ct, number);
            await data.Pipeline.SubmitAsync([new CarrierEvent(Zto, $"{number}-got", number, status, subStatus, "GOT", "Picked up", Hangzhou, now.AddHours(-2))], ct);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (live.Current.LatestEvents.Count == 0 && clock.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(50, ct);
        await live.StopAsync(ct);

        Assert.Equal([Real], live.Current.LatestEvents.Select(e => e.TrackingNumber));
    }
}

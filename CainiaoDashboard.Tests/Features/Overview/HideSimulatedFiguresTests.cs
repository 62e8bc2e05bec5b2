using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Simulation;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Tests.Features.Overview;

/// <summary>
/// <c>Simulator:HideParcels</c> in the figures: the overview's KPIs, statuses and overdue parcels, the executives' volume
/// and flows count real parcels only when the setting says so, and every parcel otherwise.
/// </summary>
public abstract class HideSimulatedFiguresTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : HideSimulatedFiguresTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : HideSimulatedFiguresTests(DatabaseProvider.Postgres);

    private const string Real = "ZT4400000000001", OtherReal = "ZT4400000000002";
    private const string Simulated = "SIM-ZT700000000001";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_figure_leaves_out_the_simulators_parcels_only_when_the_setting_says_so(bool hide)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var data = await SupportDatabase.CreateAsync(provider: provider);
        var now = DateTime.UtcNow;
        var created = now.AddHours(-30);
        CarrierStatusCodes.TryNormalise("GOT", out var pickedUp, out var pickedUpSub);
        CarrierStatusCodes.TryNormalise("SIGN", out var delivered, out var deliveredSub);
        foreach (var number in new[] { Real, OtherReal, Simulated })
        {
            await TestParcels.RegisterAsync(data.Pipeline, created, ct, number, serviceLevelId: SameDay);
            await data.Pipeline.SubmitAsync([new CarrierEvent(Zto, $"{number}-got", number, pickedUp, pickedUpSub, "GOT", "Picked up", Hangzhou, created.AddHours(2))], ct);
            await data.FileComplaintAsync(number, ComplaintCategory.LateDelivery, now.AddHours(-1));
        }

        // Same-day parcels: the simulated one and one real one delivered, the other real one still open and past its promise.
        foreach (var number in new[] { Real, Simulated })
        {
            await data.Pipeline.SubmitAsync([new CarrierEvent(Zto, $"{number}-signed", number, delivered, deliveredSub, "SIGN", "Signed", Hangzhou, created.AddHours(10))], ct);
        }

        var simulator = Options.Create(new SimulatorOptions { HideParcels = hide });
        var (parcels, deliveredParcels, openOverdue) = hide ? (2L, 1L, 1L) : (3L, 2L, 1L);

        var overview = await new OperationsSnapshotQuery(data.Contexts, Options.Create(new KpiOptions()), simulator).ReadAsync(now, ct);
        var hours = overview.Hours.SelectMany(h => h.Cells).ToList();
        Assert.Equal(parcels, hours.Sum(c => c.Created));
        Assert.Equal(parcels, hours.Sum(c => c.PickedUp));
        Assert.Equal(deliveredParcels, hours.Sum(c => c.Delivered));
        Assert.Equal(parcels, hours.Sum(c => c.Complaints));
        Assert.Equal(parcels + deliveredParcels, hours.Sum(c => c.Events));
        Assert.Equal(parcels, overview.Statuses.Sum(s => s.Parcels));
        Assert.Equal(deliveredParcels, overview.Statuses.Where(s => s.Status == ParcelStatus.Delivered).Sum(s => s.Parcels));
        Assert.Equal(openOverdue, overview.OpenParcels.Sum(o => o.Overdue));
        // The open real parcel's last scan was 28 hours ago, past the same-day service's 4 hours: stalled, either way.
        Assert.Equal(1, overview.OpenParcels.Sum(o => o.Stalled));
        Assert.Equal(deliveredParcels, overview.Transit.Sum(t => t.Parcels));

        var days = new DayRange(OperationsCalendar.DayOf(created) - 1, OperationsCalendar.DayOf(now), "custom");
        var volume = await new VolumeQuery(data.Contexts, simulator).ReadAsync(days, StackBy.Carrier, now, ct);
        Assert.Equal(parcels, volume.Cells.Sum(c => c.Created));
        Assert.Equal(deliveredParcels, volume.Cells.Sum(c => c.FirstAttempts));
        Assert.Equal(parcels, volume.Cells.Sum(c => c.Complaints));

        var flows = await new FlowQuery(data.Contexts, simulator).ReadAsync(days, now, ct);
        Assert.Equal(parcels, flows.Cells.Sum(c => c.Parcels));
        Assert.Equal(deliveredParcels, flows.Cells.Sum(c => c.Delivered));
        Assert.Equal(deliveredParcels, flows.Transit.Sum(t => t.Parcels));
    }
}

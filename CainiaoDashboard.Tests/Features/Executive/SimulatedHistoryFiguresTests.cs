using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;

namespace CainiaoDashboard.Tests.Features.Executive;

/// <summary>
/// What executives see of the simulator's history (a month, as seeding loads it, through the real pipeline into a SQLite
/// file or a PostgreSQL database): cross-border lanes on time on a plausible share below 100% on <c>/flows</c>, and
/// complaints per 10,000 parcels in single or low double digits on <c>/volume</c>.
/// </summary>
public abstract class SimulatedHistoryFiguresTests(DatabaseProvider provider) : MigratedDatabaseTests("history.db", provider)
{
    public sealed class OnSqlite() : SimulatedHistoryFiguresTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : SimulatedHistoryFiguresTests(DatabaseProvider.Postgres);

    private static readonly DateTime Until = new(2026, 11, 20, 7, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Cross_border_on_time_is_below_100_percent_and_complaints_are_a_few_per_10000()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var pipeline = Database.NewPipeline())
        {
            await pipeline.StartAsync(ct);
            await SimulatedTraffic.LoadAsync(pipeline, Until, TimeSpan.FromDays(35), 1500, ct);
            await pipeline.StopAsync(ct);
        }

        // Parcels created in the first three weeks: old enough for cross-border ones (20-day promise) to have been attempted.
        var range = new DayRange(OperationsCalendar.DayOf(Until.AddDays(-35)), OperationsCalendar.DayOf(Until.AddDays(-14)), "custom");
        var flows = await new FlowQuery(Database.Contexts).ReadAsync(range, Until, ct);
        var crossBorder = flows.Cells.Where(c => ReferenceData.Lane(c.LaneId).IsCrossBorder).ToList();
        var crossBorderOnTime = crossBorder.Sum(c => c.OnTimeFirstAttempts) / (double)crossBorder.Sum(c => c.FirstAttempts);
        Assert.True(crossBorder.Sum(c => c.FirstAttempts) > 1000, $"only {crossBorder.Sum(c => c.FirstAttempts)} cross-border first attempts");
        Assert.InRange(crossBorderOnTime, 0.80, 0.97);

        var volume = await new VolumeQuery(Database.Contexts).ReadAsync(range, StackBy.Carrier, Until, ct);
        var complaintsPer10k = volume.Cells.Sum(c => c.Complaints) * 10_000.0 / volume.Cells.Sum(c => c.Created);
        Assert.InRange(complaintsPer10k, 2, 25);
    }
}

using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Simulation;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// A <see cref="DashboardServer"/> holding 24 days of simulated traffic (about 300 parcels a day with their
/// events, hand-overs and complaints) up to the real clock, written through the ingest pipeline. Expected figures
/// are counted straight from the parcels table, independently of the rollups the pages read.
/// </summary>
public sealed class SeededDashboardServer : DashboardServer
{
    public SeededDashboardServer() => WithSetting("Executive:RefreshSeconds", "0.5");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var pipeline = Services.GetRequiredService<IngestPipeline>();
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = 300, Seed = 6 }, new SimulatorScenarios());
        var now = DateTime.UtcNow.AddMinutes(-1);
        engine.StartAt(now.AddDays(-24));
        while (engine.ClockUtc < now)
        {
            var batch = engine.AdvanceTo(engine.ClockUtc.AddHours(12) < now ? engine.ClockUtc.AddHours(12) : now);
            await pipeline.SubmitAsync(batch.ToIngestBatch());
        }
    }

    /// <summary>Parcels created per CST day and per <paramref name="dimension"/> code, counted from the parcels table.</summary>
    public Dictionary<(int Day, string Key), long> ParcelsPerDay(string dimension)
    {
        var key = dimension switch
        {
            "channel" => "(SELECT Code FROM Channels WHERE Id = p.ChannelId)",
            // The booked carrier: the carrier of the parcel's first tracking number.
            _ => "(SELECT c.Code FROM ParcelTrackingNumbers t JOIN Carriers c ON c.Id = t.CarrierId WHERE t.TrackingNumber = p.TrackingNumber)",
        };
        var counts = new Dictionary<(int, string), long>();
        using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT p.CreatedUtc, {key} FROM Parcels p";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var created = DateTime.SpecifyKind(DateTime.Parse(reader.GetString(0), System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
            var cell = (OperationsCalendar.DayOf(created), reader.GetString(1));
            counts[cell] = counts.GetValueOrDefault(cell) + 1;
        }

        return counts;
    }
}

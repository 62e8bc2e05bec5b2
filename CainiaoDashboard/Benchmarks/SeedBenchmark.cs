using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Simulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// <c>bench seed --days N [--per-day P]</c>: the first start's seeding of N days of history into a fresh temporary
/// database, timed: the real hosted simulator service with the simulator off, through the pipeline (validation,
/// de-duplication and rollups included), exactly as <c>dotnet run</c> seeds on an empty database.
/// </summary>
public static class SeedBenchmark
{
    /// <summary>The dashboard's own rate (<c>Simulator:ParcelsPerDay</c> in appsettings.json).</summary>
    public const int DefaultParcelsPerDay = 12_000;

    public static async Task<int> RunAsync(int days, int parcelsPerDay)
    {
        using var database = await BenchmarkDatabase.CreateAsync("seed");
        var timings = new StatementTimings();
        var pipeline = await database.StartPipelineAsync(timings);
        var contexts = SqliteOptions.CreateFactory(database.ConnectionString);
        using var service = new TrafficSimulationService(pipeline, new SimulatorScenarios(), new SeedingStatus(), contexts,
            Options.Create(new SimulatorOptions { Enabled = false, ParcelsPerDay = parcelsPerDay }),
            Options.Create(new SeedOptions { HistoryDays = days }), TimeProvider.System, NullLogger<TrafficSimulationService>.Instance);

        var clock = Stopwatch.StartNew();
        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!;
        clock.Stop();
        await pipeline.StopAsync(CancellationToken.None);

        await using var db = await contexts.CreateDbContextAsync();
        var events = await db.TrackingEvents.LongCountAsync();
        var parcels = await db.Parcels.LongCountAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        WriterStages.Print(timings.Stages);
        Console.WriteLine($"Seeded {days} days at {parcelsPerDay:N0} parcels a day: {parcels:N0} parcels, {events:N0} events in {seconds:F1} s = {events / seconds:N0} events/s");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"bench":"seed","days":{{days}},"events":{{events}},"seconds":{{seconds:F2}},"events_per_s":{{events / seconds:F0}}}"""));
        return 0;
    }
}

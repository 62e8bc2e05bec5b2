using CainiaoDashboard.Ingest;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>Realistic test data: the simulator's traffic for a window ending at <c>untilUtc</c>, submitted through the pipeline.</summary>
public static class SimulatedTraffic
{
    public static async Task LoadAsync(IngestPipeline pipeline, DateTime untilUtc, TimeSpan window, int parcelsPerDay, CancellationToken ct)
    {
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = parcelsPerDay, Seed = 7 }, new SimulatorScenarios());
        engine.StartAt(untilUtc - window);
        while (engine.ClockUtc < untilUtc)
        {
            var next = engine.ClockUtc.AddHours(6) < untilUtc ? engine.ClockUtc.AddHours(6) : untilUtc;
            var batch = engine.AdvanceTo(next);
            await pipeline.SubmitAsync(new IngestBatch(batch.Parcels, batch.Events, batch.Complaints), ct);
        }
    }
}

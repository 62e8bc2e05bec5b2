using CainiaoDashboard.Ingest;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// Realistic test data: the simulator's traffic for a window ending at <c>untilUtc</c>, sent through the carriers'
/// habits (re-sent and late events, <see cref="CarrierHabits"/>) into the pipeline, as the dashboard's simulator sends it.
/// </summary>
public static class SimulatedTraffic
{
    public static async Task<SimulatedLoad> LoadAsync(IngestPipeline pipeline, DateTime untilUtc, TimeSpan window, int parcelsPerDay,
        CancellationToken ct, bool carrierHabits = true)
    {
        var options = new SimulatorOptions { ParcelsPerDay = parcelsPerDay, Seed = 7 };
        if (!carrierHabits)
        {
            options.ResentPercent = 0;
            options.LatePercent = 0;
        }

        var engine = new TrafficEngine(options, new SimulatorScenarios());
        var habits = new CarrierHabits(options);
        engine.StartAt(untilUtc - window);
        var generated = new List<CarrierEvent>();
        var outcomes = new List<EventOutcome>();
        while (engine.ClockUtc < untilUtc)
        {
            var next = engine.ClockUtc.AddHours(6) < untilUtc ? engine.ClockUtc.AddHours(6) : untilUtc;
            var batch = engine.AdvanceTo(next);
            generated.AddRange(batch.Events);
            await SubmitAsync(habits.Apply(batch));
        }

        await SubmitAsync(habits.Release());
        return new SimulatedLoad(generated, outcomes);

        async Task SubmitAsync(SimulatedBatch batch)
        {
            if (batch.IsEmpty) return;
            var result = await pipeline.SubmitAsync(batch.ToIngestBatch(), ct);
            outcomes.AddRange(result.Outcomes);
        }
    }
}

/// <summary>The events the simulator generated, each once, and what the pipeline said of each event it was sent.</summary>
public sealed record SimulatedLoad(IReadOnlyList<CarrierEvent> Generated, IReadOnlyList<EventOutcome> Outcomes)
{
    public int Count(EventOutcome outcome) => Outcomes.Count(o => o == outcome);
}

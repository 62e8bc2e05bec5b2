using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// About a fortnight of the simulator's traffic at the rate that yields a wanted number of events, in hourly batches:
/// the load of <c>bench ingest --traffic simulated</c> and the fill of <c>bench kpi</c>.
/// </summary>
public static class SimulatedFortnight
{
    private static readonly DateTime Start = new(2026, 11, 12, 16, 0, 0, DateTimeKind.Utc);

    /// <summary>The simulator's settings for N events over about 14 days (about 8 events a parcel).</summary>
    public static SimulatorOptions OptionsFor(int events) => new() { ParcelsPerDay = Math.Max(1000, events / (14 * 8)) };

    public static TrafficEngine Engine(SimulatorOptions options)
    {
        var engine = new TrafficEngine(options, new SimulatorScenarios());
        engine.StartAt(Start);
        return engine;
    }

    /// <summary>
    /// The next simulated hour with at most <paramref name="remaining"/> events; an hour cut short leaves its
    /// complaints out, since they may concern parcels whose events were cut.
    /// </summary>
    public static SimulatedBatch NextHour(TrafficEngine engine, int remaining)
    {
        var hour = engine.AdvanceTo(engine.ClockUtc.AddHours(1));
        return hour.Events.Count <= remaining ? hour : hour with { Events = hour.Events.Take(remaining).ToList(), Complaints = [] };
    }
}

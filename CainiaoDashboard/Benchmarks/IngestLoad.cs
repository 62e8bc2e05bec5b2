using System.Diagnostics;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Benchmarks;

public enum IngestTraffic
{
    /// <summary>The simulator's own traffic, with re-sent and late-arriving events.</summary>
    Simulated,

    /// <summary>8-step, in-order lifecycles of look-alike parcels registered up front.</summary>
    Synthetic,
}

/// <summary>
/// What <c>bench ingest</c> sends, generated before the clock starts and held in memory so that the bench times the
/// pipeline alone: <see cref="Setup"/> goes in untimed, then <see cref="Batches"/> are timed.
/// </summary>
public sealed record IngestLoad(IReadOnlyList<IngestBatch> Setup, IReadOnlyList<IngestBatch> Batches, TimeSpan Generating)
{
    private static readonly string[] Lifecycle = ["CREATE", "GOT", "ARRIVAL", "DEPARTURE", "ARRIVAL", "DEPARTURE", "SENT_SCAN", "SIGN"];

    public int Events => Batches.Sum(b => b.Events.Count);

    /// <summary>Events of the load that are not re-sends: what the pipeline should accept.</summary>
    public int DistinctEvents => Batches.SelectMany(b => b.Events).Select(e => (e.CarrierId, e.CarrierEventId)).Distinct().Count();

    public static IngestLoad Generate(IngestTraffic traffic, int events) =>
        traffic == IngestTraffic.Simulated ? Simulated(events) : Synthetic(events);

    /// <summary>
    /// About a fortnight of the simulator's traffic (every carrier, lane, hub and service; hand-overs, failed
    /// attempts, exceptions, customs holds, complaints) in hourly batches, cut at <paramref name="events"/> distinct
    /// events, sent through the carriers' habits (<see cref="CarrierHabits"/>, at the simulator's default shares) as
    /// the live simulator sends them.
    /// </summary>
    private static IngestLoad Simulated(int events)
    {
        var clock = Stopwatch.StartNew();
        var options = SimulatedFortnight.OptionsFor(events);
        var engine = SimulatedFortnight.Engine(options);
        var habits = new CarrierHabits(options);
        var batches = new List<IngestBatch>();
        for (var generated = 0; generated < events;)
        {
            var hour = SimulatedFortnight.NextHour(engine, events - generated);
            generated += hour.Events.Count;
            batches.Add(habits.Apply(hour).ToIngestBatch());
        }

        var stillWaiting = habits.Release();
        if (!stillWaiting.IsEmpty) batches.Add(stillWaiting.ToIngestBatch());
        return new IngestLoad([], batches, clock.Elapsed);
    }

    /// <summary>N/8 parcels registered up front, then their 8-step lifecycles in order, in chunks of 5,000 events.</summary>
    private static IngestLoad Synthetic(int events)
    {
        var clock = Stopwatch.StartNew();
        var parcels = (events + Lifecycle.Length - 1) / Lifecycle.Length;
        var start = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        var registrations = Enumerable.Range(0, parcels).Select(i => new ParcelRegistration(
            $"ZT{i:D10}", 1 + i % 3, 1 + i % 25, 1 + i % 3, 1 + i % 4, start.AddSeconds(i), start.AddSeconds(i).AddHours(36),
            "Bench Recipient", "+86 138 0000 0000", "Bench Road 1")).Chunk(20_000).Select(chunk => new IngestBatch(chunk, [], []));
        var stream = Enumerable.Range(0, events).Select(n =>
        {
            var parcel = n / Lifecycle.Length;
            var step = n % Lifecycle.Length;
            CarrierStatusCodes.TryNormalise(Lifecycle[step], out var status, out var sub);
            return new CarrierEvent(1 + parcel % 3, $"e{n}", $"ZT{parcel:D10}", status, sub, Lifecycle[step], Lifecycle[step],
                1 + parcel % 8, start.AddSeconds(parcel).AddHours(step * 3));
        });
        var batches = stream.Chunk(5000).Select(chunk => new IngestBatch([], chunk, [])).ToList();
        return new IngestLoad([.. registrations], batches, clock.Elapsed);
    }
}

using CainiaoDashboard.Ingest;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Simulation;

public class CarrierHabitsTests
{
    private static readonly DateTime Start = SimulatedLives.Start;

    /// <summary>A week of the simulator's hourly batches: over 100,000 events, hand-overs among them.</summary>
    private static readonly IReadOnlyList<SimulatedBatch> Generated = HourlyBatches(days: 7);

    private static List<SimulatedBatch> HourlyBatches(int days)
    {
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = 2500, Seed = 5 }, new SimulatorScenarios());
        engine.StartAt(Start);
        return Enumerable.Range(1, days * 24).Select(hour => engine.AdvanceTo(Start.AddHours(hour))).ToList();
    }

    /// <summary>The generated batches as the carriers send them, the released remainder last.</summary>
    private static List<SimulatedBatch> Sent(SimulatorOptions options)
    {
        var habits = new CarrierHabits(options);
        return [.. Generated.Select(habits.Apply), habits.Release()];
    }

    private static string Key(CarrierEvent e) => $"{e.CarrierId}/{e.CarrierEventId}";

    /// <summary>For each event, the batches it was sent in, in order.</summary>
    private static Dictionary<string, List<int>> SendingsByEvent(IReadOnlyList<SimulatedBatch> sent)
    {
        var sendings = new Dictionary<string, List<int>>();
        for (var batch = 0; batch < sent.Count; batch++)
        {
            foreach (var e in sent[batch].Events)
            {
                if (!sendings.TryGetValue(Key(e), out var batches)) sendings[Key(e)] = batches = [];
                batches.Add(batch);
            }
        }

        return sendings;
    }

    private static IEnumerable<(CarrierEvent Event, int Batch)> GeneratedEvents() =>
        Generated.SelectMany((batch, index) => batch.Events.Select(e => (e, index)));

    [Fact]
    public void Re_sends_and_holds_back_about_the_configured_shares()
    {
        var sendings = SendingsByEvent(Sent(new SimulatorOptions { ResentPercent = 3, LatePercent = 5 }));
        var generated = GeneratedEvents().ToList();
        var mayBeLate = generated.Where(g => g.Event.Handover is null).ToList();

        var resent = sendings.Values.Count(batches => batches.Count == 2);
        var late = mayBeLate.Count(g => sendings[Key(g.Event)][0] == g.Batch + 1);

        Assert.True(generated.Count > 100_000, $"only {generated.Count} events");
        Assert.InRange(resent / (double)generated.Count, 0.027, 0.033);
        Assert.InRange(late / (double)mayBeLate.Count, 0.045, 0.055);
    }

    [Fact]
    public void Sends_every_event_once_or_twice_never_more_than_a_batch_late_and_nothing_else()
    {
        var sent = Sent(new SimulatorOptions { ResentPercent = 20, LatePercent = 20 });
        var sendings = SendingsByEvent(sent);

        Assert.Equal(GeneratedEvents().Select(g => Key(g.Event)).Order(), sendings.Keys.Order());
        Assert.All(GeneratedEvents(), g =>
        {
            var batches = sendings[Key(g.Event)];
            Assert.InRange(batches.Count, 1, 2);
            Assert.InRange(batches[0], g.Batch, g.Batch + 1);
            if (batches.Count == 2) Assert.Equal(batches[0] + 1, batches[1]);
        });
    }

    [Fact]
    public void Never_holds_back_a_hand_over()
    {
        var sendings = SendingsByEvent(Sent(new SimulatorOptions { LatePercent = 50 }));
        var handovers = GeneratedEvents().Where(g => g.Event.Handover is not null).ToList();

        Assert.NotEmpty(handovers);
        Assert.All(handovers, g => Assert.Equal(g.Batch, sendings[Key(g.Event)][0]));
    }

    [Fact]
    public void A_late_event_arrives_after_the_next_batch_s_scans_so_after_later_scans_of_its_parcel()
    {
        var sent = Sent(new SimulatorOptions());
        var generatedIn = GeneratedEvents().ToDictionary(g => Key(g.Event), g => g.Batch);
        var firstSentIn = SendingsByEvent(sent).ToDictionary(pair => pair.Key, pair => pair.Value[0]);

        for (var batch = 1; batch < Generated.Count; batch++)
        {
            var arrivals = sent[batch].Events.Select(Key).ToList();
            var firstLate = arrivals.FindIndex(key => generatedIn[key] == batch - 1 && firstSentIn[key] == batch);
            var lastOfThisBatch = arrivals.FindLastIndex(key => generatedIn[key] == batch);
            Assert.True(firstLate < 0 || lastOfThisBatch < firstLate, $"batch {batch}: a late event came before this batch's scans");
        }

        var overtaken = sent.SelectMany(b => b.Events).GroupBy(e => e.TrackingNumber)
            .Count(parcel => parcel.Zip(parcel.Skip(1)).Any(pair => pair.Second.EventUtc < pair.First.EventUtc));
        Assert.True(overtaken > 500, $"only {overtaken} parcels had a scan arrive after a later one");
    }

    [Fact]
    public void Parcels_and_complaints_go_out_with_their_own_batch()
    {
        var sent = Sent(new SimulatorOptions { ResentPercent = 10, LatePercent = 10 });

        Assert.Equal(Generated.Select(b => b.Parcels), sent.Take(Generated.Count).Select(b => b.Parcels));
        Assert.Equal(Generated.Select(b => b.Complaints), sent.Take(Generated.Count).Select(b => b.Complaints));
        Assert.Empty(sent[^1].Parcels);
        Assert.Empty(sent[^1].Complaints);
    }

    [Fact]
    public void The_same_seed_sends_the_same_batches_and_another_seed_does_not()
    {
        static List<List<string>> Arrivals(int seed) =>
            Sent(new SimulatorOptions { Seed = seed }).Select(b => b.Events.Select(Key).ToList()).ToList();

        Assert.Equal(Arrivals(1), Arrivals(1));
        Assert.NotEqual(Arrivals(1), Arrivals(2));
    }

    [Fact]
    public void At_zero_percent_every_batch_goes_out_unchanged()
    {
        var sent = Sent(new SimulatorOptions { ResentPercent = 0, LatePercent = 0 });

        Assert.Equal(Generated.Select(b => b.Events), sent.Take(Generated.Count).Select(b => b.Events));
        Assert.True(sent[^1].IsEmpty);
    }

    [Fact]
    public void Release_sends_what_waits_and_leaves_nothing_behind()
    {
        var habits = new CarrierHabits(new SimulatorOptions { ResentPercent = 50, LatePercent = 50 });
        var generated = Generated[12].Events.Select(Key).ToList();
        var first = habits.Apply(Generated[12]).Events.Select(Key).ToList();

        var released = habits.Release().Events.Select(Key).ToList();

        Assert.NotEmpty(released);
        Assert.Equal(generated.Order(), first.Union(released).Order());
        Assert.Equal(first.Count + released.Count - generated.Count, first.Intersect(released).Count());
        Assert.True(habits.Release().IsEmpty);
    }
}

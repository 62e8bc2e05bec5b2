using CainiaoDashboard.Ingest;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Simulation;

public class TrafficEngineTests
{
    private static readonly DateTime Start = SimulatedLives.Start;

    private static TrafficEngine Engine(int parcelsPerDay, int seed = 20261111, SimulatorScenarios? scenarios = null)
    {
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = parcelsPerDay, Seed = seed }, scenarios ?? new SimulatorScenarios());
        engine.StartAt(Start);
        return engine;
    }

    private static List<SimulatedBatch> RunInSteps(TrafficEngine engine, DateTime until, TimeSpan step)
    {
        var batches = new List<SimulatedBatch>();
        for (var t = engine.ClockUtc + step; t < until; t += step)
        {
            batches.Add(engine.AdvanceTo(t));
        }

        batches.Add(engine.AdvanceTo(until));
        return batches;
    }

    [Fact]
    public void The_same_seed_gives_identical_output()
    {
        var first = RunInSteps(Engine(5000), Start.AddDays(2), TimeSpan.FromHours(1));
        var second = RunInSteps(Engine(5000), Start.AddDays(2), TimeSpan.FromHours(1));

        Assert.True(first.Sum(b => b.Events.Count) > 30_000);
        Assert.Equal(SimulatedLives.Fingerprint(first), SimulatedLives.Fingerprint(second));
    }

    [Fact]
    public void A_different_seed_gives_different_output()
    {
        var first = Engine(5000, seed: 1).AdvanceTo(Start.AddDays(2));
        var second = Engine(5000, seed: 2).AdvanceTo(Start.AddDays(2));

        Assert.NotEqual(SimulatedLives.Fingerprint([first]), SimulatedLives.Fingerprint([second]));
        Assert.NotEqual(first.Parcels.Select(p => p.TrackingNumber), second.Parcels.Select(p => p.TrackingNumber));
    }

    [Fact]
    public void Output_does_not_depend_on_how_time_is_split_into_calls()
    {
        var until = Start.AddDays(3);
        var whole = Engine(2000).AdvanceTo(until);

        var bySecond = SimulatedLives.Concat(RunInSteps(Engine(2000), until, TimeSpan.FromSeconds(1)));

        var irregularEngine = Engine(2000);
        var random = new Random(7);
        var irregular = new List<SimulatedBatch>();
        while (irregularEngine.ClockUtc < until)
        {
            var next = irregularEngine.ClockUtc + TimeSpan.FromSeconds(random.Next(1, 3 * 3600));
            irregular.Add(irregularEngine.AdvanceTo(next < until ? next : until));
        }

        Assert.True(whole.Events.Count > 20_000);
        foreach (var split in new[] { bySecond, SimulatedLives.Concat(irregular) })
        {
            Assert.Equal(whole.Parcels, split.Parcels);
            Assert.Equal(whole.Events, split.Events);
            Assert.Equal(whole.Complaints, split.Complaints);
        }
    }

    [Fact]
    public void Resuming_at_a_watermark_emits_exactly_what_a_continuous_run_emits_after_it()
    {
        var watermark = Start + TrafficEngine.MaxParcelLifetime + TimeSpan.FromDays(1.5);
        var until = watermark.AddHours(20);
        var continuous = Engine(1000);
        RunInSteps(continuous, watermark, TimeSpan.FromHours(6));
        var expected = continuous.AdvanceTo(until);

        var resumed = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = 1000 }, new SimulatorScenarios());
        resumed.ResumeAt(watermark);
        Assert.Equal(watermark, resumed.ClockUtc);
        var actual = resumed.AdvanceTo(until);

        Assert.Equal(expected.Parcels, actual.Parcels);
        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.Complaints, actual.Complaints);

        // The interesting part: parcels born before the watermark carry on after it.
        var bornAfter = actual.Parcels.Select(p => p.TrackingNumber).ToHashSet();
        Assert.True(actual.Events.Count(e => !bornAfter.Contains(e.TrackingNumber)) > 1000);
    }

    [Fact]
    public void Resuming_a_simulation_started_recently_does_not_invent_parcels_from_before_its_start()
    {
        var watermark = Start.AddDays(4);
        var until = watermark.AddHours(12);
        var continuous = Engine(2000);
        continuous.AdvanceTo(watermark);
        var expected = continuous.AdvanceTo(until);

        var resumed = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = 2000 }, new SimulatorScenarios());
        resumed.ResumeAt(watermark, simulationStartUtc: Start);
        var actual = resumed.AdvanceTo(until);

        Assert.Equal(expected.Events, actual.Events);
        Assert.Equal(expected.Complaints, actual.Complaints);
    }

    [Fact]
    public void Nothing_is_emitted_outside_the_interval_asked_for()
    {
        var engine = Engine(5000);
        var random = new Random(11);
        var previous = engine.ClockUtc;
        for (var i = 0; i < 300; i++)
        {
            var bound = previous + TimeSpan.FromTicks(random.NextInt64(TimeSpan.TicksPerMillisecond, TimeSpan.TicksPerHour));
            var batch = engine.AdvanceTo(bound);

            Assert.All(batch.Parcels, p => Assert.InRange(p.CreatedUtc, previous.AddTicks(1), bound));
            Assert.All(batch.Events, e => Assert.InRange(e.EventUtc, previous.AddTicks(1), bound));
            Assert.All(batch.Complaints, c => Assert.InRange(c.OpenedUtc, previous.AddTicks(1), bound));
            Assert.Equal(bound, engine.ClockUtc);
            previous = bound;
        }
    }

    [Fact]
    public void Each_list_of_a_batch_is_in_time_order()
    {
        var batch = Engine(5000).AdvanceTo(Start.AddDays(2));

        Assert.True(batch.Parcels.Zip(batch.Parcels.Skip(1)).All(pair => pair.First.CreatedUtc <= pair.Second.CreatedUtc));
        Assert.True(batch.Events.Zip(batch.Events.Skip(1)).All(pair => pair.First.EventUtc <= pair.Second.EventUtc));
        Assert.True(batch.Complaints.Zip(batch.Complaints.Skip(1)).All(pair => pair.First.OpenedUtc <= pair.Second.OpenedUtc));
    }

    [Fact]
    public void Event_ids_and_tracking_numbers_are_unique_and_fit_the_ingest_limits()
    {
        var lives = SimulatedLives.Default;
        var events = lives.SelectMany(l => l.Events).ToList();

        Assert.Equal(events.Count, events.Select(e => (e.CarrierId, e.CarrierEventId)).Distinct().Count());
        Assert.Equal(events.Count, events.Select(e => e.CarrierEventId).Distinct().Count());
        Assert.All(events, e => Assert.InRange(e.CarrierEventId.Length, 1, CarrierEventValidator.MaxIdLength));
        Assert.All(events, e => Assert.InRange(e.RawText.Length, 1, CarrierEventValidator.MaxTextLength));

        var numbers = lives.Select(l => l.Registration.TrackingNumber)
            .Concat(events.Where(e => e.Handover is not null).Select(e => e.Handover!.TrackingNumber)).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(numbers, n => Assert.InRange(n.Length, 1, CarrierEventValidator.MaxTrackingNumberLength));
    }

    [Fact]
    public void Only_parcels_created_after_the_start_appear()
    {
        var start = Start.AddSeconds(30.5);
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = 50_000 }, new SimulatorScenarios());
        engine.StartAt(start);
        var batch = engine.AdvanceTo(start.AddHours(2));

        Assert.NotEmpty(batch.Parcels);
        Assert.All(batch.Parcels, p => Assert.True(p.CreatedUtc > start));
        var known = batch.Parcels.Select(p => p.TrackingNumber)
            .Concat(batch.Events.Where(e => e.Handover is not null).Select(e => e.Handover!.TrackingNumber)).ToHashSet();
        Assert.All(batch.Events, e => Assert.Contains(e.TrackingNumber, known));
    }

    [Fact]
    public void A_slot_never_holds_more_parcels_than_tracking_numbers_allow()
    {
        var scenarios = new SimulatorScenarios();
        scenarios.Set(new ScenarioSettings(SinglesDaySurge: true, RateMultiplier: 100));
        var engine = Engine(1_000_000, scenarios: scenarios);
        var batch = engine.AdvanceTo(Start.AddMinutes(3).AddSeconds(-1)); // three whole slots

        Assert.InRange(batch.Parcels.Count, 2000, 3 * 999);
        Assert.Equal(batch.Parcels.Count, batch.Parcels.Select(p => p.TrackingNumber).Distinct().Count());
    }

    [Fact]
    public void In_flight_parcels_stay_at_a_modest_level_in_steady_state()
    {
        var engine = Engine(2000);
        engine.AdvanceTo(Start.AddDays(25));

        // Domestic parcels live a few days, cross-border ones a few weeks: several days' worth, not months'.
        Assert.InRange(engine.InFlightParcels, 2000 * 3, 2000 * 8);
    }

    [Fact]
    public void Time_does_not_run_backwards_and_the_engine_must_be_started_first()
    {
        var engine = Engine(5000);
        engine.AdvanceTo(Start.AddHours(1));

        Assert.Same(SimulatedBatch.Empty, engine.AdvanceTo(Start.AddMinutes(30)));
        Assert.Equal(Start.AddHours(1), engine.ClockUtc);
        Assert.Throws<InvalidOperationException>(() =>
            new TrafficEngine(new SimulatorOptions(), new SimulatorScenarios()).AdvanceTo(Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrafficEngine(new SimulatorOptions { ParcelsPerDay = -1 }, new SimulatorScenarios()));
    }

    [Fact]
    public void A_plan_never_outlives_the_maximum_parcel_lifetime()
    {
        Assert.All(SimulatedLives.Default, life =>
        {
            var last = life.Events.Select(e => e.EventUtc).Concat(life.Complaints.Select(c => c.OpenedUtc)).Max();
            Assert.True(last - life.Registration.CreatedUtc <= TrafficEngine.MaxParcelLifetime);
        });
    }
}

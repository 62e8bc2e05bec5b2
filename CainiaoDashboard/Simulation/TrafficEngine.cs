using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// Deterministic parcel traffic. Parcels are born per one-minute slot from a generator seeded by (seed, slot),
/// each draws its whole plan at birth, and plans wait in a queue ordered by (next step time, serial). The
/// output is therefore one fixed sequence, whatever intervals <see cref="AdvanceTo"/> is called with.
/// Not thread-safe: one owner.
/// </summary>
public sealed class TrafficEngine
{
    /// <summary>No plan runs longer than this, complaint included (extreme plans are squeezed to fit).</summary>
    public static readonly TimeSpan MaxParcelLifetime = TimeSpan.FromDays(30);

    // Tracking numbers run out of digits late this century; dates before 2000 are a mistake.
    private static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Latest = new(2090, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly PriorityQueue<ParcelPlan, PlanKey> inFlight = new();
    private readonly SimulatorOptions options;
    private readonly SimulatorScenarios scenarios;
    private readonly ParcelPlanner planner;
    private long startTicks;
    private long nextSlot;
    private bool started;

    public TrafficEngine(SimulatorOptions options, SimulatorScenarios scenarios)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ParcelsPerDay);
        this.options = options;
        this.scenarios = scenarios;
        planner = new ParcelPlanner(options.Seed);
    }

    /// <summary>Simulated up to and including this instant.</summary>
    public DateTime ClockUtc { get; private set; }

    /// <summary>Parcels with steps still to come (a delivered parcel may still be waiting to be complained about).</summary>
    public int InFlightParcels => inFlight.Count;

    /// <summary>Empty network; the first parcels are those created after <paramref name="utc"/>.</summary>
    public void StartAt(DateTime utc)
    {
        var start = CheckedUtc(utc);
        inFlight.Clear();
        startTicks = start.Ticks;
        nextSlot = SimTime.SlotOf(start.Ticks);
        ClockUtc = start;
        started = true;
    }

    /// <summary>Everything that happens in (<see cref="ClockUtc"/>, <paramref name="untilUtc"/>], each list in time order.</summary>
    public SimulatedBatch AdvanceTo(DateTime untilUtc)
    {
        EnsureStarted();
        var until = CheckedUtc(untilUtc);
        if (until <= ClockUtc)
        {
            return SimulatedBatch.Empty;
        }

        var output = new Output();
        Run(until.Ticks, output);
        ClockUtc = until;
        return new SimulatedBatch(output.Parcels, output.Events, output.Complaints);
    }

    /// <summary>
    /// After a restart: rebuilds the in-flight parcels by regenerating the last <see cref="MaxParcelLifetime"/>
    /// silently, as if the engine had been started that long ago.
    /// </summary>
    public void ResumeAt(DateTime watermarkUtc) => ResumeAt(watermarkUtc, Earliest);

    /// <summary>
    /// As <see cref="ResumeAt(DateTime)"/>, for a simulation first started at <paramref name="simulationStartUtc"/>
    /// less than <see cref="MaxParcelLifetime"/> ago: parcels from before that start were never registered,
    /// so they must not be regenerated either.
    /// </summary>
    public void ResumeAt(DateTime watermarkUtc, DateTime simulationStartUtc)
    {
        var watermark = CheckedUtc(watermarkUtc);
        var simulationStart = CheckedUtc(simulationStartUtc);
        if (simulationStart > watermark)
        {
            throw new ArgumentOutOfRangeException(nameof(simulationStartUtc), simulationStartUtc, "The simulation cannot start after the watermark.");
        }

        var from = watermark - MaxParcelLifetime;
        StartAt(from > simulationStart ? from : simulationStart);
        Run(watermark.Ticks, output: null);
        ClockUtc = watermark;
    }

    private void Run(long until, Output? output)
    {
        // Scenarios are read once per call so a switch mid-call cannot split a slot's parcels.
        var scenario = scenarios.Current;
        while (true)
        {
            var slotStart = SimTime.SlotStartTicks(nextSlot);
            var pending = inFlight.TryPeek(out var plan, out var key);

            // A slot's parcels are all born at or after its start, so it need only be planned once nothing
            // earlier is waiting.
            if (slotStart <= until && (!pending || key.Ticks >= slotStart))
            {
                PlanSlot(nextSlot++, scenario);
                continue;
            }

            if (!pending || key.Ticks > until)
            {
                return;
            }

            Play(plan!, output);
            if (plan!.IsFinished)
            {
                inFlight.Dequeue();
            }
            else
            {
                inFlight.DequeueEnqueue(plan, plan.NextKey);
            }
        }
    }

    private void PlanSlot(long slot, ScenarioSettings scenario)
    {
        var expected = TrafficVolume.ExpectedPerSlot(new DateTime(SimTime.SlotStartTicks(slot), DateTimeKind.Utc),
            options.ParcelsPerDay, scenario);
        var count = Math.Min(new StableRandom(StableHash.ForSlot(options.Seed, slot)).NextPoisson(expected),
            TrafficVolume.MaxParcelsPerSlot);

        var straddlesStart = SimTime.SlotStartTicks(slot) <= startTicks;
        for (var index = 0; index < count; index++)
        {
            // Born at or before the start: belongs to history this engine was not asked to produce.
            if (straddlesStart && planner.CreatedTicks(slot, index) <= startTicks)
            {
                continue;
            }

            var plan = planner.Plan(slot, index, scenario);
            inFlight.Enqueue(plan, plan.NextKey);
        }
    }

    private static void Play(ParcelPlan plan, Output? output)
    {
        var (registration, step, eventNumber) = plan.PlayNext();
        if (output is null)
        {
            return;
        }

        if (registration is not null)
        {
            output.Parcels.Add(registration);
        }
        else if (step.Kind == StepKind.Complaint)
        {
            output.Complaints.Add(SimulatedOutput.Complaint(plan, step));
        }
        else
        {
            output.Events.Add(SimulatedOutput.Event(plan, step, eventNumber));
        }
    }

    private void EnsureStarted()
    {
        if (!started)
        {
            throw new InvalidOperationException("Call StartAt or ResumeAt first.");
        }
    }

    private static DateTime CheckedUtc(DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => value,
        };
        if (utc < Earliest || utc >= Latest)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"The simulator runs between {Earliest:yyyy} and {Latest:yyyy}.");
        }

        return utc;
    }

    private sealed class Output
    {
        public List<ParcelRegistration> Parcels { get; } = [];
        public List<CarrierEvent> Events { get; } = [];
        public List<ComplaintFiling> Complaints { get; } = [];
    }
}

namespace CainiaoDashboard.Simulation;

/// <summary>
/// Scratch space where one parcel's steps are laid out, delayed and tidied before being frozen into a plan.
/// Reused between parcels (the planner has one owner), so planning allocates only the final array.
/// </summary>
internal sealed class Timeline
{
    public static readonly long MinimumGap = SimTime.Seconds(60);

    private readonly List<PlanStep> steps = new(32);
    private StableRandom rng = new(0);

    public long CreatedTicks { get; private set; }

    public int Count => steps.Count;

    public PlanStep this[int index] => steps[index];

    public long LastTicks => steps[^1].Ticks;

    public void Reset(long createdTicks, StableRandom random)
    {
        steps.Clear();
        CreatedTicks = createdTicks;
        rng = random;
    }

    public void Add(long ticks, StepKind kind, int hubId = 0, bool byPartner = false) =>
        steps.Add(new PlanStep(ticks, kind, (byte)hubId, (byte)rng.Next(8), byPartner));

    public int IndexOf(StepKind kind, int fromIndex = 0)
    {
        for (var i = fromIndex; i < steps.Count; i++)
        {
            if (steps[i].Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Puts an exception or hold shortly after step <paramref name="index"/> and pushes everything after it
    /// back by <paramref name="delay"/>: the parcel sits still, then carries on as planned.
    /// </summary>
    public void InsertDelayAfter(int index, StepKind kind, int hubId, bool byPartner, long delay)
    {
        var at = steps[index].Ticks;
        var gap = index + 1 < steps.Count ? steps[index + 1].Ticks - at : SimTime.Hours(6);
        var offset = Math.Min(SimTime.Minutes(rng.Between(10, 90)), gap / 2 / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond);
        ShiftFrom(index + 1, delay);
        steps.Insert(index + 1, new PlanStep(at + Math.Max(offset, SimTime.Seconds(1)), kind, (byte)hubId, (byte)rng.Next(8), byPartner));
    }

    /// <summary>Inserts after every step at or before its time, keeping the list in time order.</summary>
    public void InsertInOrder(long ticks, StepKind kind, bool byPartner)
    {
        var index = steps.Count;
        while (index > 0 && steps[index - 1].Ticks > ticks)
        {
            index--;
        }

        steps.Insert(index, new PlanStep(ticks, kind, 0, (byte)rng.Next(8), byPartner));
    }

    public void ShiftFrom(int index, long delay)
    {
        for (var i = index; i < steps.Count; i++)
        {
            steps[i] = steps[i] with { Ticks = steps[i].Ticks + delay };
        }
    }

    /// <summary>Scans of one parcel a minute apart at least, so their order is never ambiguous.</summary>
    public void EnforceSpacing()
    {
        for (var i = 1; i < steps.Count; i++)
        {
            var earliest = steps[i - 1].Ticks + MinimumGap;
            if (steps[i].Ticks < earliest)
            {
                steps[i] = steps[i] with { Ticks = earliest };
            }
        }
    }

    /// <summary>
    /// Squeezes a rare extreme plan (many delays stacked) into the lifetime, which is what lets a restart
    /// rebuild every in-flight parcel from a bounded stretch of history.
    /// </summary>
    public void FitWithin(long maxOffset)
    {
        var last = LastTicks - CreatedTicks;
        if (last <= maxOffset)
        {
            return;
        }

        var scale = (double)maxOffset / last;
        for (var i = 0; i < steps.Count; i++)
        {
            var offset = (long)((steps[i].Ticks - CreatedTicks) * scale);
            var rounded = offset - offset % TimeSpan.TicksPerSecond;
            steps[i] = steps[i] with { Ticks = CreatedTicks + rounded };
        }
    }

    public PlanStep[] ToArray() => [.. steps];
}

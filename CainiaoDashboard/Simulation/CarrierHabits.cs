using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Simulation;

/// <summary>
/// How real carriers deliver their scans, applied to the simulator's batches one after another: a share of events is
/// sent again with the next batch (a retry after a lost acknowledgement), and a share is held back to the next batch,
/// so it arrives after later scans of the same parcel. A hand-over is never held back: the partner's scans of the
/// parcel are only accepted once it has arrived. Every event goes out at least once, at most one batch late.
/// Deterministic for <see cref="SimulatorOptions.Seed"/>: the same batches in give the same batches out. One owner.
/// </summary>
public sealed class CarrierHabits
{
    // A stream apart from the parcels' own (seeded by seed, slot and index), so no parcel's draws repeat the habits'.
    private const long HabitsPurpose = -2;

    private readonly StableRandom random;
    private readonly double resentShare;
    private readonly double lateShare;
    private List<CarrierEvent> resendNext = [];
    private List<CarrierEvent> heldBack = [];

    public CarrierHabits(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ResentPercent);
        ArgumentOutOfRangeException.ThrowIfNegative(options.LatePercent);
        random = new StableRandom(StableHash.Combine((ulong)options.Seed, HabitsPurpose));
        resentShare = options.ResentPercent / 100.0;
        lateShare = options.LatePercent / 100.0;
    }

    /// <summary>
    /// The batch as the carriers send it: first the previous batch's re-sends, then this batch's events less those held
    /// back now, then those the previous batch held back, after this batch's scans of their parcels. Parcels and
    /// complaints pass unchanged.
    /// </summary>
    public SimulatedBatch Apply(SimulatedBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var sent = new List<CarrierEvent>(resendNext.Count + heldBack.Count + batch.Events.Count);
        sent.AddRange(resendNext);
        var arrivingLate = heldBack;
        resendNext = [];
        heldBack = [];

        foreach (var e in batch.Events)
        {
            if (e.Handover is null && random.Chance(lateShare))
            {
                heldBack.Add(e);
            }
            else
            {
                Send(e, sent);
            }
        }

        foreach (var e in arrivingLate)
        {
            Send(e, sent);
        }

        return batch with { Events = sent };
    }

    /// <summary>
    /// Everything still waiting, as a batch of its own, leaving nothing behind: for the end of a run, when no next batch
    /// would carry it.
    /// </summary>
    public SimulatedBatch Release()
    {
        var waiting = new SimulatedBatch([], [.. resendNext, .. heldBack], []);
        resendNext = [];
        heldBack = [];
        return waiting;
    }

    private void Send(CarrierEvent e, List<CarrierEvent> sent)
    {
        sent.Add(e);
        if (random.Chance(resentShare))
        {
            resendNext.Add(e);
        }
    }
}

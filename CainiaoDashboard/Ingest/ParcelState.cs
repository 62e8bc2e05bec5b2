using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;

namespace CainiaoDashboard.Ingest;

/// <summary>The writer's working copy of a parcel's current state while a batch is applied.</summary>
internal sealed record ParcelState
{
    public long Id { get; init; }
    public int CarrierId { get; init; }
    public int LaneId { get; init; }
    public int ServiceLevelId { get; init; }
    public DateTime CreatedUtc { get; init; }
    public DateTime PromisedUtc { get; init; }
    public ParcelStatus Status { get; init; }
    public ParcelSubStatus SubStatus { get; init; }
    public DateTime? LastEventUtc { get; init; }
    public int? LastHubId { get; init; }
    public DateTime? PickedUpUtc { get; init; }
    public DateTime? FirstAttemptUtc { get; init; }
    public DateTime? DeliveredUtc { get; init; }
    public DateTime? FirstExceptionUtc { get; init; }
    public int AttemptCount { get; init; }

    /// <summary>Hub of the earliest delivery attempt: delivery KPIs per hub count there.</summary>
    public int? DeliveryHubId { get; init; }

    public Lateness Lateness { get; init; }

    /// <summary>Who the lateness is counted against, worked out by the writer once a batch's scans are stored.</summary>
    public LateParty? LateParty { get; init; }

    /// <summary>The carrier's estimated delivery, from the newest scan that carried one.</summary>
    public DateTime? EstimatedUtc { get; init; }

    /// <summary>One of the simulator's parcels (see <see cref="SimulatedParcels"/>): its counts go to the rollups' simulated rows.</summary>
    public bool IsSimulated { get; init; }

    /// <summary>The courier the parcel was booked with (its first tracking number's carrier).</summary>
    public int BookedCarrierId { get; init; }
    public int ChannelId { get; init; }

    /// <summary>Hub of the earliest pick-up scan.</summary>
    public int? OriginHubId { get; init; }

    /// <summary>The cross-border partner that took the parcel over, 0 while the booked courier still has it.</summary>
    public int HandoverCarrierId => ReferenceData.IsCrossBorderPartner(CarrierId) ? CarrierId : 0;

    /// <summary>This state with the party its lateness is counted against, from the parcel's stored scans (read only when it is late).</summary>
    public ParcelState WithLateParty(ITrackingEventStatements events)
    {
        var journey = new JourneyParcel(BookedCarrierId, ServiceLevelId, ReferenceData.Lane(LaneId).IsCrossBorder, CreatedUtc, PromisedUtc);
        var state = new JourneyState(Status, SubStatus, FirstAttemptUtc, DeliveredUtc, LastEventUtc, HandoverCarrierId != 0);
        var party = LateParties.CountedAgainst(journey, state, () => events.Scans(Id));
        return party == LateParty ? this : this with { LateParty = party };
    }

    /// <summary>
    /// Counts the move of a parcel's contributions from the cells of one state to those of another, -1 and +1. Only the
    /// cells that differ are counted: a scan changes one or two of a parcel's dozen cells, and netting the unchanged ones
    /// through the writer's batch dictionary (-1 then +1) took a good part of its time in memory.
    /// </summary>
    /// <param name="cellsBefore">Scratch lists, reused by the caller so that each change allocates nothing.</param>
    public static void CountChange(
        ParcelState before, ParcelState after, List<RollupDelta> cellsBefore, List<RollupDelta> cellsAfter, Action<RollupDelta, long> count)
    {
        cellsBefore.Clear();
        cellsAfter.Clear();
        before.AddContributionsTo(cellsBefore);
        after.AddContributionsTo(cellsAfter);
        foreach (var cell in cellsAfter)
        {
            var unchanged = cellsBefore.IndexOf(cell);
            if (unchanged < 0)
            {
                count(cell, +1);
                continue;
            }

            cellsBefore[unchanged] = cellsBefore[^1];
            cellsBefore.RemoveAt(cellsBefore.Count - 1);
        }

        foreach (var cell in cellsBefore) count(cell, -1);
    }

    /// <summary>Where complaints about this parcel count for the hub dimension.</summary>
    public int ComplaintHubId => DeliveryHubId ?? LastHubId ?? 0;

    /// <summary>
    /// What this parcel adds to the rollups in this state. The writer applies the difference between the
    /// contributions before and after an event, so a late-arriving event that moves a milestone earlier
    /// moves its counters too, and the rollups always equal a recomputation from the stored state.
    /// Parcel-level counters count for the parcel's current (last-mile) carrier.
    /// </summary>
    /// <remarks>Added to a list the writer reuses: an iterator per parcel state was one more allocation per scan.</remarks>
    public void AddContributionsTo(List<RollupDelta> cells)
    {
        cells.Add(ParcelDeltas.Status(this));
        if (Status.IsInFlight() && LastEventUtc is { } lastScan) cells.Add(ParcelDeltas.LastScan(this, lastScan));
        cells.Add(ParcelDeltas.Hourly(this, HourlyCounter.Created, CreatedUtc));
        cells.Add(ParcelDeltas.Daily(this, DailyCounter.Created, CreatedUtc));
        cells.Add(ParcelDeltas.Flow(this, FlowCounter.Parcels));
        if (PickedUpUtc is { } pickedUp) cells.Add(ParcelDeltas.Hourly(this, HourlyCounter.PickedUp, pickedUp));
        if (FirstExceptionUtc is { } exception) cells.Add(ParcelDeltas.Hourly(this, HourlyCounter.ExceptionParcels, exception));
        var deliveryHub = DeliveryHubId ?? 0;
        if (FirstAttemptUtc is { } attempt)
        {
            var onTime = OnTimeRules.IsOnTime(attempt, PromisedUtc);
            cells.Add(ParcelDeltas.Hourly(this, HourlyCounter.FirstAttempts, attempt, deliveryHub));
            if (onTime) cells.Add(ParcelDeltas.Hourly(this, HourlyCounter.OnTimeFirstAttempts, attempt, deliveryHub));
            cells.Add(ParcelDeltas.Daily(this, DailyCounter.FirstAttempts, attempt));
            cells.Add(ParcelDeltas.Flow(this, FlowCounter.FirstAttempts));
            if (onTime)
            {
                cells.Add(ParcelDeltas.Daily(this, DailyCounter.OnTimeFirstAttempts, attempt));
                cells.Add(ParcelDeltas.Flow(this, FlowCounter.OnTimeFirstAttempts));
            }
            if (DeliveredUtc == attempt) cells.Add(ParcelDeltas.Hourly(this, HourlyCounter.FirstAttemptDelivered, attempt, deliveryHub));
            if (!onTime && LateParty is { } party)
            {
                cells.Add(ParcelDeltas.Daily(this, DailyCounters.LateFirstAttempts(party), attempt));
                if (party == LateParties.OwnPartyOf(HandoverCarrierId != 0))
                {
                    cells.Add(ParcelDeltas.Hourly(this, HourlyCounter.OwnFaultLateFirstAttempts, attempt, deliveryHub));
                }
            }
        }

        if (DeliveredUtc is { } delivered)
        {
            cells.Add(ParcelDeltas.Hourly(this, HourlyCounter.Delivered, delivered, deliveryHub));
            cells.Add(ParcelDeltas.Flow(this, FlowCounter.Delivered));
            if (delivered > PromisedUtc && LateParty is { } party) cells.Add(ParcelDeltas.Hourly(this, HourlyCounters.LateDelivered(party), delivered, deliveryHub));
            if (PickedUpUtc is { } from)
            {
                var bucket = TransitBuckets.BucketOf(delivered - from);
                cells.Add(ParcelDeltas.Transit(this, delivered, bucket));
                cells.Add(ParcelDeltas.FlowTransit(this, bucket));
            }
        }
    }
}

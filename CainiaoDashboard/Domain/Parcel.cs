namespace CainiaoDashboard.Domain;

/// <summary>A parcel and its current state, kept up to date by the ingest pipeline.</summary>
public sealed class Parcel
{
    public long Id { get; set; }

    /// <summary>The first tracking number; later hand-overs add more in <see cref="TrackingNumbers"/>.</summary>
    public required string TrackingNumber { get; set; }

    public int CarrierId { get; set; }
    public int LaneId { get; set; }
    public int ServiceLevelId { get; set; }
    public int ChannelId { get; set; }

    /// <summary>The carrier the parcel was booked with; <see cref="CarrierId"/> moves to the partner on a hand-over.</summary>
    public int BookedCarrierId { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime PromisedUtc { get; set; }

    /// <summary>When an open parcel turns at risk (<see cref="LatenessRules.AtRiskFrom"/>), stored so queues can filter on it.</summary>
    public DateTime AtRiskUtc { get; set; }

    /// <summary>The carrier's latest estimated delivery, sent with its newest scan (webhook formats that carry one); null without.</summary>
    public DateTime? EstimatedUtc { get; set; }
    public DateTime? PickedUpUtc { get; set; }
    public DateTime? FirstAttemptUtc { get; set; }
    public DateTime? DeliveredUtc { get; set; }

    public ParcelStatus Status { get; set; }
    public ParcelSubStatus SubStatus { get; set; }
    /// <summary>Settled lateness of a delivered parcel; for open parcels derive it with <see cref="LatenessRules.OfOpen"/>.</summary>
    public Lateness Lateness { get; set; }

    /// <summary>Who the parcel's lateness is counted against (<see cref="LateParties.CountedAgainst"/>); null when it has none.</summary>
    public LateParty? LateParty { get; set; }
    public DateTime? LastEventUtc { get; set; }
    public int? LastHubId { get; set; }
    public int AttemptCount { get; set; }

    /// <summary>Hub of the earliest delivery attempt (where delivery KPIs count per hub).</summary>
    public int? DeliveryHubId { get; set; }

    /// <summary>Hub of the earliest pick-up scan: the origin sorting hub, the "hub" of the parcel's flow on /flows.</summary>
    public int? OriginHubId { get; set; }

    /// <summary>Earliest exception event: the exception-rate KPI counts a parcel once, in that hour.</summary>
    public DateTime? FirstExceptionUtc { get; set; }

    // Personal data: masked in the query layer for roles that may not see it.
    public required string RecipientName { get; set; }
    public required string RecipientPhone { get; set; }
    public required string RecipientAddress { get; set; }

    public List<ParcelTrackingNumber> TrackingNumbers { get; set; } = [];
}

using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Simulation;

/// <summary>A parcel's whole future, drawn at creation, and how far it has been played out.</summary>
internal sealed class ParcelPlan(long serial, ParcelRegistration registration, int partnerCarrierId, PlanStep[] steps,
    PlannedComplaint? complaint)
{
    private ParcelRegistration? pendingRegistration = registration;
    private string? partnerTrackingNumber;
    private int nextStep;

    public long Serial { get; } = serial;
    public long CreatedTicks { get; } = registration.CreatedUtc.Ticks;
    public int CarrierId { get; } = registration.CarrierId;
    public string TrackingNumber { get; } = registration.TrackingNumber;

    /// <summary>0 for domestic parcels.</summary>
    public int PartnerCarrierId { get; } = partnerCarrierId;

    /// <summary>Made on first use: most of a cross-border parcel's life does not need it.</summary>
    public string PartnerTrackingNumber => partnerTrackingNumber ??= TrackingNumbers.For(PartnerCarrierId, Serial);

    public PlannedComplaint? Complaint { get; } = complaint;

    /// <summary>Carrier events played out so far; numbers the event ids.</summary>
    public int EventsPlayed { get; private set; }

    public bool IsFinished => pendingRegistration is null && nextStep >= steps.Length;

    public long NextTicks => pendingRegistration is not null ? CreatedTicks : steps[nextStep].Ticks;

    public PlanKey NextKey => new(NextTicks, Serial);

    /// <summary>The registration on the first call, then the steps in order.</summary>
    public (ParcelRegistration? Registration, PlanStep Step, int EventNumber) PlayNext()
    {
        if (pendingRegistration is { } registrationToPlay)
        {
            pendingRegistration = null;
            return (registrationToPlay, default, 0);
        }

        var step = steps[nextStep++];
        return step.Kind.IsEvent() ? (null, step, ++EventsPlayed) : (null, step, 0);
    }
}

using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Simulation;

/// <summary>Turns planned steps into what carriers and support staff would send.</summary>
internal static class SimulatedOutput
{
    public const string FiledBy = "simulator";

    public static CarrierEvent Event(ParcelPlan plan, PlanStep step, int eventNumber)
    {
        var carrierId = step.ByPartner ? plan.PartnerCarrierId : plan.CarrierId;
        var trackingNumber = step.ByPartner ? plan.PartnerTrackingNumber : plan.TrackingNumber;

        Handover? handover = null;
        string text;
        if (step.Kind == StepKind.Handover)
        {
            handover = new Handover(plan.PartnerCarrierId, plan.PartnerTrackingNumber);
            text = CarrierWording.Handover(carrierId, step.HubId, handover.CarrierId, handover.TrackingNumber);
        }
        else
        {
            text = CarrierWording.For(carrierId, step.Kind, step.HubId, step.Variant);
        }

        // The id is fixed by tracking number (which carries the simulator's prefix) and step, so a regenerated event
        // de-duplicates in the pipeline.
        return new CarrierEvent(
            carrierId, $"{trackingNumber}-{eventNumber}", trackingNumber,
            StepKinds.Status(step.Kind), StepKinds.SubStatus(step.Kind), StepKinds.Code(step.Kind), text,
            step.HubId == 0 ? null : step.HubId, new DateTime(step.Ticks, DateTimeKind.Utc))
        {
            Handover = handover,
        };
    }

    public static ComplaintFiling Complaint(ParcelPlan plan, PlanStep step)
    {
        var complaint = plan.Complaint!;
        var trackingNumber = step.ByPartner ? plan.PartnerTrackingNumber : plan.TrackingNumber;
        return new ComplaintFiling(trackingNumber, complaint.Category, complaint.ContactChannel, complaint.Description,
            new DateTime(step.Ticks, DateTimeKind.Utc), FiledBy, ComplaintKey(plan.TrackingNumber));
    }

    /// <summary>
    /// A plan draws at most one complaint, so the parcel's first tracking number fixes its key: a restart that
    /// regenerates the complaint sends the same key and the pipeline files it once.
    /// </summary>
    public static string ComplaintKey(string trackingNumber) => $"{trackingNumber}-complaint";
}

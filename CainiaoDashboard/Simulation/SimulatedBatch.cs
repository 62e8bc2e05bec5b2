using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Simulation;

/// <summary>What happened in one simulated interval; each list is in time order.</summary>
public sealed record SimulatedBatch(
    IReadOnlyList<ParcelRegistration> Parcels,
    IReadOnlyList<CarrierEvent> Events,
    IReadOnlyList<ComplaintFiling> Complaints)
{
    public static SimulatedBatch Empty { get; } = new([], [], []);

    public bool IsEmpty => Parcels.Count == 0 && Events.Count == 0 && Complaints.Count == 0;

    /// <summary>What the pipeline takes: the same registrations, events and complaints.</summary>
    public IngestBatch ToIngestBatch() => new(Parcels, Events, Complaints);
}

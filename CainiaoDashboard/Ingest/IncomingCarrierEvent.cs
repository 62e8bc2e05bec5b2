namespace CainiaoDashboard.Ingest;

/// <summary>
/// One item of <c>POST /api/carriers/{carrier}/events</c>, as the carrier sends it. Everything is optional
/// here so that a missing field is reported per item instead of failing the whole request.
/// </summary>
public sealed record IncomingCarrierEvent
{
    public string? EventId { get; init; }
    public string? TrackingNumber { get; init; }
    public string? StatusCode { get; init; }
    public string? StatusText { get; init; }
    public string? HubCode { get; init; }

    /// <summary>The raw text: read by <see cref="EventTimeText"/>, which requires an offset.</summary>
    public string? EventTime { get; init; }

    /// <summary>With status code HANDOVER: the partner carrier's code and its new tracking number.</summary>
    public string? HandoverCarrier { get; init; }
    public string? HandoverTrackingNumber { get; init; }
}

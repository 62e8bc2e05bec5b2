namespace CainiaoDashboard.Ingest;

/// <summary>
/// A complaint as a platform's customer-service system posts it to <c>POST /api/complaints</c>; every field is text,
/// so a wrong value is rejected with a reason rather than failing the request.
/// </summary>
/// <param name="ComplaintId">The system's own id: the same complaint sent again is stored once.</param>
/// <param name="Category">late-delivery, impolite-courier, damaged, lost, misdelivered or other.</param>
/// <param name="FiledAt">When the customer complained, ISO 8601 with an offset.</param>
/// <param name="Channel">phone (the default), email, chat or app.</param>
public sealed record IncomingComplaint(
    string? ComplaintId, string? TrackingNumber, string? Category, string? FiledAt, string? Text = null, string? Channel = null);

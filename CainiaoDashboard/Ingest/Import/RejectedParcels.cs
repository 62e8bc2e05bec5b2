namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// The tracking numbers whose registration rows were rejected, so that their events and complaints are rejected with
/// them rather than stored against nothing (or against an older parcel of the same number).
/// </summary>
public sealed class RejectedParcels(string parcelsFile)
{
    private readonly Dictionary<string, long> lines = new(StringComparer.Ordinal);

    public int Count => lines.Count;

    public void Add(string trackingNumber, long line) => lines.TryAdd(trackingNumber, line);

    /// <summary>Why a row about this parcel is rejected, or null when its registration was not.</summary>
    public string? Reason(string? trackingNumber) =>
        trackingNumber is not null && lines.TryGetValue(trackingNumber.Trim(), out var line)
            ? $"its parcel's registration was rejected ({Path.GetFileName(parcelsFile)} line {line})"
            : null;
}

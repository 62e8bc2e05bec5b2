using System.Globalization;

namespace CainiaoDashboard.Ingest.Import;

/// <summary>What an import stored, over all its files.</summary>
public sealed record ImportSummary(IReadOnlyList<SheetCounts> Sheets, TimeSpan Elapsed)
{
    public long Parcels => Stored("parcels");
    public long Events => Stored("events");
    public long Complaints => Stored("complaints");
    public long Rejected => Sheets.Sum(s => s.Rejected);

    /// <summary>The last line of the command's output, for scripts.</summary>
    public string JsonLine => string.Create(CultureInfo.InvariantCulture,
        $$"""{"import":"done","parcels":{{Parcels}},"events":{{Events}},"complaints":{{Complaints}},"rejected":{{Rejected}},"seconds":{{Elapsed.TotalSeconds:F1}}}""");

    private long Stored(string noun) => Sheets.Where(s => s.Noun == noun).Sum(s => s.Stored);
}

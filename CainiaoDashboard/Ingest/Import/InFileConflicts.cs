namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// A first pass over a parcels file for tracking numbers that appear on several rows with different content. Which row
/// is right cannot be told, so none of them is stored (and neither are their events); the same row twice is harmless.
/// </summary>
public sealed class InFileConflicts
{
    private readonly Dictionary<ulong, long> firstLines;

    private InFileConflicts(Dictionary<ulong, long> firstLines) => this.firstLines = firstLines;

    public static InFileConflicts Find(string path, IReadOnlyList<string> contentColumns)
    {
        var seen = new Dictionary<ulong, (ulong Content, long FirstLine, bool Conflict)>();
        using var reader = new CsvRowReader(File.OpenRead(path));
        reader.TryRead(out var headerRow);
        var (columns, _) = CsvColumns.Bind(headerRow, contentColumns, []);
        if (columns is null) return new InFileConflicts([]);
        while (reader.TryRead(out var row))
        {
            if (columns.Check(row) is not null || columns.Value(row.Fields, ParcelSheet.NumberColumn) is not { } number) continue;
            var key = RowFingerprint.Of(number);
            var content = RowFingerprint.Of(contentColumns.Select(c => columns.Value(row.Fields, c)));
            if (!seen.TryGetValue(key, out var first)) seen[key] = (content, row.Line, false);
            else if (first.Content != content) seen[key] = first with { Conflict = true };
        }

        return new InFileConflicts(seen.Where(s => s.Value.Conflict).ToDictionary(s => s.Key, s => s.Value.FirstLine));
    }

    /// <summary>Why a row with this number is rejected, or null.</summary>
    public string? Reason(string number) =>
        firstLines.TryGetValue(RowFingerprint.Of(number), out var first)
            ? $"trackingNumber appears more than once in this file with different content (first on line {first}): none of its rows is stored"
            : null;
}

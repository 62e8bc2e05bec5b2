namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// A file's header bound to the columns an import reads: names as the APIs spell their fields, in any order and any
/// case. <c>line</c> and <c>reason</c> (what a rejects file adds) are ignored, so a corrected rejects file imports as it is.
/// </summary>
public sealed class CsvColumns
{
    private static readonly string[] Ignored = ["line", "reason"];

    private readonly Dictionary<string, int> positions;

    private CsvColumns(string[] header, Dictionary<string, int> positions)
    {
        Header = header;
        this.positions = positions;
    }

    /// <summary>The header as the file has it: the rejects file repeats it.</summary>
    public string[] Header { get; }

    /// <summary>The bound header, or what is wrong with it (an unknown, repeated or missing column).</summary>
    public static (CsvColumns? Columns, string? Error) Bind(CsvRow header, IReadOnlyList<string> known, IReadOnlyList<string> required)
    {
        if (header.Error is { } error) return (null, $"its header cannot be read: {error}");
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var name = header.Fields[i].Trim();
            if (Ignored.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            var column = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (column is null) return (null, $"unknown column '{ClientEcho.Cut(name)}' in its header; the columns are {string.Join(", ", known)}");
            if (!positions.TryAdd(column, i)) return (null, $"column '{column}' appears twice in its header");
        }

        var missing = required.Where(r => !positions.ContainsKey(r)).ToList();
        return missing.Count > 0
            ? (null, $"its header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}")
            : (new CsvColumns(header.Fields, positions), null);
    }

    /// <summary>The row's value in <paramref name="column"/>; null when the file (or a short row) has no such column or the cell is empty.</summary>
    public string? Value(string[] fields, string column) =>
        positions.TryGetValue(column, out var i) && i < fields.Length && fields[i].Length > 0 ? fields[i] : null;

    /// <summary>Why a row cannot be read against this header, or null.</summary>
    public string? Check(CsvRow row) =>
        row.Error ?? (Fits(row.Fields) ? null : $"{row.Fields.Length} fields where the header has {Header.Length}");

    /// <summary>Whether the fields line up with the header, one per column.</summary>
    public bool Fits(string[] fields) => fields.Length == Header.Length;
}

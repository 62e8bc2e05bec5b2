namespace CainiaoDashboard.Domain;

/// <summary>
/// The reviewed data tables built into the assembly (<c>Domain/*.csv</c>): comma-separated text with <c>#</c> comment lines
/// (the sources and reasons) and one header row.
/// </summary>
public static class ReviewedTables
{
    /// <summary>The text of the table built in from <c>Domain/{fileName}</c>.</summary>
    public static string Read(string fileName)
    {
        using var stream = typeof(ReviewedTables).Assembly.GetManifestResourceStream("CainiaoDashboard.Domain." + fileName)
            ?? throw new InvalidOperationException($"{fileName} is not built into the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The data rows, trimmed: no blank or comment lines, no header.</summary>
    public static IEnumerable<string> Rows(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')).Skip(1);
}

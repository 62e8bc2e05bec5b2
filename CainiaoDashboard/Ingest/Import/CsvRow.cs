namespace CainiaoDashboard.Ingest.Import;

/// <summary>One row of a CSV file: its fields, or why it cannot be read (then no fields).</summary>
/// <param name="Line">The physical line the row starts on, counting the header as line 1.</param>
public readonly record struct CsvRow(long Line, string[] Fields, string? Error);

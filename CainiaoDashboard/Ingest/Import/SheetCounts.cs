namespace CainiaoDashboard.Ingest.Import;

/// <summary>What the import of one file did, row by row.</summary>
public sealed record SheetCounts(string File, string Noun, long Rows, long Stored, long Duplicates, long Changed, long Rejected, string? RejectsFile)
{
    /// <summary>One line for the person at the terminal.</summary>
    public string Describe() =>
        $"{Path.GetFileName(File)}: {Rows:N0} rows: {Stored:N0} stored, {Duplicates:N0} stored before" +
        (Changed > 0 ? $", {Changed:N0} promise changes" : "") +
        $", {Rejected:N0} rejected" + (RejectsFile is null ? "" : $" (with reasons in {RejectsFile})");
}

namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// A complaints file: the complaints of <c>POST /api/complaints</c>, one per row, filed in the name of
/// <paramref name="platform"/> (whose name with <c>complaintId</c> makes a complaint stored once).
/// </summary>
public sealed class ComplaintSheet(IncomingComplaintValidator validator, RejectedParcels rejectedParcels, string platform)
    : ImportSheet<ComplaintFiling>
{
    public static readonly string[] AllColumns = ["complaintId", "trackingNumber", "category", "filedAt", "text", "channel"];

    public override string Noun => "complaints";
    public override IReadOnlyList<string> Columns => AllColumns;
    public static readonly string[] RequiredColumns = ["complaintId", "trackingNumber", "category", "filedAt"];

    public override IReadOnlyList<string> Required => RequiredColumns;

    public override (ComplaintFiling? Item, string? Error) Read(CsvColumns columns, string[] fields)
    {
        string? Cell(string column) => columns.Value(fields, column);
        if (rejectedParcels.Reason(Cell("trackingNumber")) is { } parcelRejected) return (null, parcelRejected);
        return validator.Validate(platform, new IncomingComplaint(
            Cell("complaintId"), Cell("trackingNumber"), Cell("category"), Cell("filedAt"), Cell("text"), Cell("channel")));
    }

    public override IngestBatch Batch(IReadOnlyList<ComplaintFiling> items) => new([], [], items);

    public override RowVerdict[] Verdicts(IngestBatchResult result) =>
    [
        .. result.Complaints.Select(outcome => outcome switch
        {
            ComplaintOutcome.Filed => RowVerdict.Stored,
            ComplaintOutcome.Duplicate => RowVerdict.Duplicate,
            var refused => RowVerdict.Rejected(ComplaintsResponse.Reason(refused)),
        }),
    ];
}

namespace CainiaoDashboard.Ingest.Import;

/// <summary>A parcels file: the registrations of <c>POST /api/parcels</c>, one per row, the recipient as <c>recipient.name</c> and so on.</summary>
public sealed class ParcelSheet(IncomingParcelValidator validator, RejectedParcels rejectedParcels, InFileConflicts conflicts)
    : ImportSheet<ParcelRegistration>
{
    public const string NumberColumn = "trackingNumber";

    public static readonly string[] AllColumns =
    [
        NumberColumn, "carrier", "service", "channel", "orderedAt", "promisedAt", "originHub", "originProvince",
        "destinationCountry", "destinationProvince", "recipient.name", "recipient.phone", "recipient.address",
    ];

    public override string Noun => "parcels";
    public override IReadOnlyList<string> Columns => AllColumns;
    public static readonly string[] RequiredColumns = [NumberColumn, "carrier", "service", "channel", "orderedAt", "promisedAt", "destinationCountry"];

    public override IReadOnlyList<string> Required => RequiredColumns;

    public override (ParcelRegistration? Item, string? Error) Read(CsvColumns columns, string[] fields)
    {
        string? Cell(string column) => columns.Value(fields, column);
        if (Cell(NumberColumn) is { } number && conflicts.Reason(number) is { } conflict) return (null, conflict);
        var recipient = new IncomingRecipient(Cell("recipient.name"), Cell("recipient.phone"), Cell("recipient.address"));
        return validator.Validate(new IncomingParcel(Cell(NumberColumn), Cell("carrier"), Cell("service"), Cell("channel"),
            Cell("orderedAt"), Cell("promisedAt"), Cell("originHub"), Cell("originProvince"), Cell("destinationCountry"),
            Cell("destinationProvince"), recipient));
    }

    public override IngestBatch Batch(IReadOnlyList<ParcelRegistration> items) => new(items, [], []);

    public override RowVerdict[] Verdicts(IngestBatchResult result) =>
    [
        .. result.Registrations.Select(r => r.Outcome switch
        {
            RegistrationOutcome.Registered => RowVerdict.Stored,
            RegistrationOutcome.Duplicate => RowVerdict.Duplicate,
            RegistrationOutcome.PromiseChanged => RowVerdict.Changed,
            _ => RowVerdict.Rejected(RegistrationsResponse.ConflictReason(r.Differences)),
        }),
    ];

    public override void OnRejected(CsvColumns columns, string[] fields, long line)
    {
        // Only a row that lines up with the header names its parcel; a number too long to be one names none.
        if (columns.Fits(fields) && columns.Value(fields, NumberColumn)?.Trim() is { Length: > 0 and <= CarrierEventValidator.MaxTrackingNumberLength } number)
        {
            rejectedParcels.Add(number, line);
        }
    }
}

namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// An events file: the scans of <c>POST /api/carriers/{carrier}/events</c>, one per row, with the carrier (in the
/// API's route) as a column of its own.
/// </summary>
public sealed class EventSheet(CarrierEventValidator validator, RejectedParcels rejectedParcels) : ImportSheet<CarrierEvent>
{
    public static readonly string[] AllColumns =
    [
        "carrier", "eventId", "trackingNumber", "statusCode", "statusText", "hubCode", "eventTime", "handoverCarrier", "handoverTrackingNumber",
    ];

    public override string Noun => "events";
    public override IReadOnlyList<string> Columns => AllColumns;
    public static readonly string[] RequiredColumns = ["carrier", "eventId", "trackingNumber", "statusCode", "eventTime"];

    public override IReadOnlyList<string> Required => RequiredColumns;

    public override (CarrierEvent? Item, string? Error) Read(CsvColumns columns, string[] fields)
    {
        string? Cell(string column) => columns.Value(fields, column);
        if (Cell("carrier") is not { } carrier) return (null, "missing field: carrier");
        if (!CarrierEventValidator.CarrierIds.TryGetValue(carrier.Trim(), out var carrierId))
        {
            return (null, $"unknown carrier '{ClientEcho.Cut(carrier)}': one of {string.Join(", ", CarrierEventValidator.CarrierIds.Keys)}");
        }

        if (rejectedParcels.Reason(Cell("trackingNumber")) is { } parcelRejected) return (null, parcelRejected);
        var result = validator.Validate(carrierId, new IncomingCarrierEvent
        {
            EventId = Cell("eventId"),
            TrackingNumber = Cell("trackingNumber"),
            StatusCode = Cell("statusCode"),
            StatusText = Cell("statusText"),
            HubCode = Cell("hubCode"),
            EventTime = Cell("eventTime"),
            HandoverCarrier = Cell("handoverCarrier"),
            HandoverTrackingNumber = Cell("handoverTrackingNumber"),
        });
        return (result.Event, result.Error);
    }

    public override IngestBatch Batch(IReadOnlyList<CarrierEvent> items) => new([], items, []);

    public override RowVerdict[] Verdicts(IngestBatchResult result) =>
    [
        .. result.Outcomes.Select(outcome => outcome switch
        {
            EventOutcome.Accepted => RowVerdict.Stored,
            EventOutcome.Duplicate => RowVerdict.Duplicate,
            _ => RowVerdict.Rejected(IngestResponse.Reason(outcome)),
        }),
    ];
}

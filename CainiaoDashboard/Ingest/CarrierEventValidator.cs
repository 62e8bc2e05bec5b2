using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Checks what can be checked without the database: required fields, visible ids, lengths, known status code
/// and hub, an event time with an offset, after <see cref="EarliestEventUtc"/> and not too far in the future.
/// Parcel ownership and the time against the parcel's registration are checked by the writer.
/// </summary>
public sealed class CarrierEventValidator(TimeProvider time)
{
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);
    public const int MaxIdLength = 64;
    public const int MaxTrackingNumberLength = 40;
    public const int MaxTextLength = 500;

    /// <summary>No parcel of this dashboard was scanned before; earlier times are typing or clock errors (year 1).</summary>
    public static readonly DateTime EarliestEventUtc = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, int> HubIds =
        ReferenceData.Hubs.ToDictionary(h => h.Code, h => h.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Carriers' ids by code, any case: hand-over partners here, the import's carrier column too.</summary>
    internal static readonly Dictionary<string, int> CarrierIds =
        ReferenceData.Carriers.ToDictionary(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase);

    public ValidationResult Validate(int carrierId, IncomingCarrierEvent item)
    {
        if (IdentifierText.Check("eventId", item.EventId, out var eventId) is { } eventIdError) return ValidationResult.Reject(eventIdError);
        if (IdentifierText.Check("trackingNumber", item.TrackingNumber, out var trackingNumber) is { } numberError) return ValidationResult.Reject(numberError);
        if (IdentifierText.Check("statusCode", item.StatusCode, out var statusCode) is { } codeError) return ValidationResult.Reject(codeError);
        if (EventTimeText.Check(item.EventTime, out var eventTime) is { } timeError) return ValidationResult.Reject(timeError);
        if (eventId.Length > MaxIdLength) return ValidationResult.Reject($"eventId longer than {MaxIdLength} characters");
        if (trackingNumber.Length > MaxTrackingNumberLength) return ValidationResult.Reject($"trackingNumber longer than {MaxTrackingNumberLength} characters");
        if (item.StatusText?.Length > MaxTextLength) return ValidationResult.Reject($"statusText longer than {MaxTextLength} characters");

        if (!CarrierStatusCodes.TryNormalise(statusCode, out var status, out var subStatus))
        {
            return ValidationResult.Reject($"unknown status code '{Truncate(statusCode)}'");
        }

        int? hubId = null;
        var hubCode = item.HubCode?.Trim();
        if (!string.IsNullOrEmpty(hubCode))
        {
            if (!HubIds.TryGetValue(hubCode, out var id))
            {
                return ValidationResult.Reject($"unknown hub '{Truncate(hubCode)}'");
            }

            hubId = id;
        }

        var eventUtc = eventTime.UtcDateTime;
        if (TimeProblem(eventUtc) is { } timeProblem) return ValidationResult.Reject(timeProblem);

        Handover? handover = null;
        if (subStatus == ParcelSubStatus.HandedOver)
        {
            if (string.IsNullOrWhiteSpace(item.HandoverCarrier) || string.IsNullOrWhiteSpace(item.HandoverTrackingNumber))
            {
                return ValidationResult.Reject("missing field: handoverCarrier and handoverTrackingNumber are required with HANDOVER");
            }

            if (!CarrierIds.TryGetValue(item.HandoverCarrier, out var partnerId))
            {
                return ValidationResult.Reject($"unknown carrier '{Truncate(item.HandoverCarrier)}'");
            }

            if (item.HandoverTrackingNumber.Length > MaxTrackingNumberLength)
            {
                return ValidationResult.Reject($"handoverTrackingNumber longer than {MaxTrackingNumberLength} characters");
            }

            if (SimulatedParcels.Refusal("handoverTrackingNumber", item.HandoverTrackingNumber.Trim()) is { } reserved)
            {
                return ValidationResult.Reject(reserved);
            }

            handover = new Handover(partnerId, item.HandoverTrackingNumber.Trim());
        }

        var rawCode = statusCode.ToUpperInvariant();
        return ValidationResult.Accept(new CarrierEvent(
            carrierId, eventId, trackingNumber, status, subStatus,
            rawCode, item.StatusText?.Trim() ?? rawCode, hubId, eventUtc)
        {
            Handover = handover,
        });
    }

    /// <summary>Why a scan at this time cannot be stored (a typing or clock error), or null.</summary>
    public string? TimeProblem(DateTime eventUtc, string field = "eventTime") =>
        eventUtc < EarliestEventUtc ? $"{field} is before {EarliestEventUtc:yyyy-MM-dd}"
        : eventUtc > time.GetUtcNow().UtcDateTime + MaxClockSkew ? $"{field} is more than {MaxClockSkew.TotalMinutes:0} minutes in the future"
        : null;

    private static string Truncate(string value) => ClientEcho.Cut(value);
}

public readonly record struct ValidationResult(CarrierEvent? Event, string? Error)
{
    public static ValidationResult Accept(CarrierEvent carrierEvent) => new(carrierEvent, null);
    public static ValidationResult Reject(string error) => new(null, error);
}

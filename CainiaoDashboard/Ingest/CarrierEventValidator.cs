using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Checks what can be checked without the database: required fields, lengths, known status code and hub,
/// and an event time not too far in the future. Parcel ownership is checked by the pipeline.
/// </summary>
public sealed class CarrierEventValidator(TimeProvider time)
{
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(15);
    public const int MaxIdLength = 64;
    public const int MaxTrackingNumberLength = 40;
    public const int MaxTextLength = 500;

    private static readonly Dictionary<string, int> HubIds =
        ReferenceData.Hubs.ToDictionary(h => h.Code, h => h.Id, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int> CarrierIds =
        ReferenceData.Carriers.ToDictionary(c => c.Code, c => c.Id, StringComparer.OrdinalIgnoreCase);

    public ValidationResult Validate(int carrierId, IncomingCarrierEvent item)
    {
        if (string.IsNullOrWhiteSpace(item.EventId)) return ValidationResult.Reject("missing field: eventId");
        if (string.IsNullOrWhiteSpace(item.TrackingNumber)) return ValidationResult.Reject("missing field: trackingNumber");
        if (string.IsNullOrWhiteSpace(item.StatusCode)) return ValidationResult.Reject("missing field: statusCode");
        if (item.EventTime is null) return ValidationResult.Reject("missing field: eventTime");
        if (item.EventId.Length > MaxIdLength) return ValidationResult.Reject($"eventId longer than {MaxIdLength} characters");
        if (item.TrackingNumber.Length > MaxTrackingNumberLength) return ValidationResult.Reject($"trackingNumber longer than {MaxTrackingNumberLength} characters");
        if (item.StatusText?.Length > MaxTextLength) return ValidationResult.Reject($"statusText longer than {MaxTextLength} characters");

        if (!CarrierStatusCodes.TryNormalise(item.StatusCode, out var status, out var subStatus))
        {
            return ValidationResult.Reject($"unknown status code '{Truncate(item.StatusCode)}'");
        }

        int? hubId = null;
        if (!string.IsNullOrWhiteSpace(item.HubCode))
        {
            if (!HubIds.TryGetValue(item.HubCode, out var id))
            {
                return ValidationResult.Reject($"unknown hub '{Truncate(item.HubCode)}'");
            }

            hubId = id;
        }

        var eventUtc = item.EventTime.Value.UtcDateTime;
        if (eventUtc > time.GetUtcNow().UtcDateTime + MaxClockSkew)
        {
            return ValidationResult.Reject($"eventTime is more than {MaxClockSkew.TotalMinutes:0} minutes in the future");
        }

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

            handover = new Handover(partnerId, item.HandoverTrackingNumber.Trim());
        }

        var rawCode = item.StatusCode.Trim().ToUpperInvariant();
        return ValidationResult.Accept(new CarrierEvent(
            carrierId, item.EventId.Trim(), item.TrackingNumber.Trim(), status, subStatus,
            rawCode, item.StatusText?.Trim() ?? rawCode, hubId, eventUtc)
        {
            Handover = handover,
        });
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

public readonly record struct ValidationResult(CarrierEvent? Event, string? Error)
{
    public static ValidationResult Accept(CarrierEvent carrierEvent) => new(carrierEvent, null);
    public static ValidationResult Reject(string error) => new(null, error);
}

using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Checks a posted complaint without the database (fields, category, channel, a time with an offset, not in the future)
/// and turns it into a filing. Whether the parcel exists and whether the complaint id was used before is the writer's check.
/// </summary>
public sealed class IncomingComplaintValidator(TimeProvider time)
{
    public const int MaxComplaintIdLength = 64;

    private static readonly Dictionary<string, ComplaintCategory> Categories = Enum.GetValues<ComplaintCategory>()
        .ToDictionary(Token, category => category, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, ContactChannel> Channels = Enum.GetValues<ContactChannel>()
        .ToDictionary(Token, channel => channel, StringComparer.OrdinalIgnoreCase);

    /// <summary>How the API spells a value: <c>LateDelivery</c> is <c>late-delivery</c>.</summary>
    public static string Token<T>(T value) where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    /// <summary>The filing, or the reason the complaint is refused.</summary>
    /// <param name="platform">The posting system's name: the complaint's filer, and the namespace of its id.</param>
    public (ComplaintFiling? Filing, string? Error) Validate(string platform, IncomingComplaint item)
    {
        if (IdentifierText.Check("complaintId", item.ComplaintId, out var complaintId) is { } idError) return (null, idError);
        if (complaintId.Length > MaxComplaintIdLength) return (null, $"complaintId longer than {MaxComplaintIdLength} characters");
        if (IdentifierText.Check("trackingNumber", item.TrackingNumber, out var trackingNumber) is { } numberError) return (null, numberError);
        if (trackingNumber.Length > CarrierEventValidator.MaxTrackingNumberLength)
        {
            return (null, $"trackingNumber longer than {CarrierEventValidator.MaxTrackingNumberLength} characters");
        }

        if (string.IsNullOrWhiteSpace(item.Category)) return (null, "missing field: category");
        if (!Categories.TryGetValue(item.Category.Trim(), out var category))
        {
            return (null, $"unknown category '{ClientEcho.Cut(item.Category)}': one of {string.Join(", ", Categories.Keys)}");
        }

        var channel = ContactChannel.Phone;
        if (!string.IsNullOrWhiteSpace(item.Channel) && !Channels.TryGetValue(item.Channel.Trim(), out channel))
        {
            return (null, $"unknown channel '{ClientEcho.Cut(item.Channel)}': one of {string.Join(", ", Channels.Keys)}");
        }

        if (EventTimeText.Check(item.FiledAt, out var filedAt, "filedAt") is { } timeError) return (null, timeError);
        var filedUtc = filedAt.UtcDateTime;
        if (filedUtc < CarrierEventValidator.EarliestEventUtc) return (null, $"filedAt is before {CarrierEventValidator.EarliestEventUtc:yyyy-MM-dd}");
        if (filedUtc > time.GetUtcNow().UtcDateTime + CarrierEventValidator.MaxClockSkew)
        {
            return (null, $"filedAt is more than {CarrierEventValidator.MaxClockSkew.TotalMinutes:0} minutes in the future");
        }

        var text = item.Text?.Trim() ?? "";
        if (text.Length > ComplaintRules.MaxDescriptionLength) return (null, $"text longer than {ComplaintRules.MaxDescriptionLength} characters");

        // Two systems may use the same ids: the key is the system's name and its id.
        return (new ComplaintFiling(trackingNumber, category, channel, text, filedUtc, platform, $"{platform}/{complaintId}"), null);
    }
}

using System.Globalization;
using CainiaoDashboard.Domain;

using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Shared;

/// <summary>The queues support staff work from; <c>view=</c> in the address.</summary>
public enum ParcelView
{
    All,
    InFlight,
    DeliveredToday,
    AttemptedToday,
    Late,
    AtRisk,
    Stalled,
    Exceptions,
    Complaints,
}

/// <summary>
/// Every filter of the parcel list, kept in the address by code so a view can be shared and bookmarked
/// (<c>/parcels?view=late&amp;carrier=ZTO&amp;created-from=2026-11-20</c>). Codes are the ones the overview
/// uses; dates are calendar days in the page's time zone (<c>tz</c>, China Standard Time by default).
/// Values that cannot be read are reported and ignored, never guessed.
/// </summary>
public sealed record ParcelListFilter
{
    public static readonly ParcelListFilter All = new();

    public ParcelView View { get; init; }
    public ParcelStatus? Status { get; init; }
    public Lateness? Lateness { get; init; }
    public bool? Stalled { get; init; }

    /// <summary>Late parcels (delivered after their promise, or open past it) counted against this party (<see cref="LateParties"/>).</summary>
    public LateParty? LateParty { get; init; }
    public int? CarrierId { get; init; }
    public int? ServiceLevelId { get; init; }
    public int? RegionId { get; init; }
    public int? LaneId { get; init; }
    public int? HubId { get; init; }

    /// <summary>The parcel's origin sorting hub (first pick-up scan), as the flows page counts it.</summary>
    public int? OriginHubId { get; init; }
    public int? ChannelId { get; init; }
    public DateOnly? CreatedFrom { get; init; }
    public DateOnly? CreatedTo { get; init; }
    public DateOnly? PromisedFrom { get; init; }
    public DateOnly? PromisedTo { get; init; }
    public DisplayTimeZones.Zone Zone { get; init; } = DisplayTimeZones.ChinaStandardTime;

    /// <summary>The address keys, in the order they are written.</summary>
    public static readonly string[] Keys =
    [
        "view", "status", "lateness", "late-party", "stalled", "carrier", "service", "region", "lane", "hub", "origin-hub", "channel",
        "created-from", "created-to", "promised-from", "promised-to", "tz",
    ];

    public static readonly IReadOnlyList<(ParcelView View, string Key, string Label)> Views =
    [
        (ParcelView.All, "", "All parcels"),
        (ParcelView.InFlight, "inflight", "In flight"),
        (ParcelView.DeliveredToday, "delivered-today", "Delivered today"),
        (ParcelView.AttemptedToday, "attempted-today", "Delivery attempted today"),
        (ParcelView.Late, "late", "Late (past promise, not delivered)"),
        (ParcelView.AtRisk, "at-risk", "At risk"),
        (ParcelView.Stalled, "stalled", "Stalled"),
        (ParcelView.Exceptions, "exceptions", "Exceptions"),
        (ParcelView.Complaints, "complaints", "Open complaints"),
    ];

    public string ViewKey => Views.First(v => v.View == View).Key;
    public string ViewLabel => Views.First(v => v.View == View).Label;

    /// <summary>Reads the filter from query-string values; returns it with one message per value it could not use.</summary>
    public static (ParcelListFilter Filter, IReadOnlyList<string> Problems) Parse(Func<string, string?> query)
    {
        var problems = new List<string>();
        var filter = new ParcelListFilter
        {
            View = ParseView(query("view"), problems),
            Status = ParseEnum<ParcelStatus>(query("status"), Text["status"], problems),
            Lateness = ParseEnum<Lateness>(query("lateness"), Text["lateness"], problems),
            LateParty = ParseEnum<LateParty>(query("late-party"), Text["late party"], problems),
            Stalled = ParseYesNo(query("stalled"), problems),
            CarrierId = Code(query("carrier"), ReferenceData.Carriers, Text["carrier"], problems),
            ServiceLevelId = Code(query("service"), ReferenceData.ServiceLevels, Text["service level"], problems),
            RegionId = Code(query("region"), ReferenceData.Regions, Text["region"], problems),
            LaneId = ParseLane(query("lane"), problems),
            HubId = Code(query("hub"), ReferenceData.Hubs, Text["hub"], problems),
            OriginHubId = Code(query("origin-hub"), ReferenceData.Hubs, Text["origin hub"], problems),
            ChannelId = Code(query("channel"), ReferenceData.Channels, Text["channel"], problems),
            CreatedFrom = ParseDate(query("created-from"), "created-from", problems),
            CreatedTo = ParseDate(query("created-to"), "created-to", problems),
            PromisedFrom = ParseDate(query("promised-from"), "promised-from", problems),
            PromisedTo = ParseDate(query("promised-to"), "promised-to", problems),
            Zone = DisplayTimeZones.FromKey(query("tz")),
        };

        var tz = query("tz");
        if (!string.IsNullOrWhiteSpace(tz) && DisplayTimeZones.All.All(z => !string.Equals(z.Key, tz, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(Text["Unknown time zone \"{0}\" in the address; showing China Standard Time.", Truncate(tz)]);
        }

        return (filter, problems);
    }

    /// <summary>The query-string values of this filter (null for unset ones), for links and navigation.</summary>
    public Dictionary<string, object?> ToQuery() => new()
    {
        ["view"] = View == ParcelView.All ? null : ViewKey,
        ["status"] = Status?.ToString(),
        ["lateness"] = Lateness?.ToString(),
        ["late-party"] = LateParty is { } party ? LatePartyLabels.Key(party) : null,
        ["stalled"] = Stalled switch { true => "yes", false => "no", null => null },
        ["carrier"] = ReferenceData.Carriers.FirstOrDefault(c => c.Id == CarrierId)?.Code,
        ["service"] = ReferenceData.ServiceLevels.FirstOrDefault(s => s.Id == ServiceLevelId)?.Code,
        ["region"] = ReferenceData.Regions.FirstOrDefault(r => r.Id == RegionId)?.Code,
        ["lane"] = LaneId is { } lane ? LaneCode(lane) : null,
        ["hub"] = ReferenceData.FindHub(HubId)?.Code,
        ["origin-hub"] = ReferenceData.FindHub(OriginHubId)?.Code,
        ["channel"] = ReferenceData.Channels.FirstOrDefault(c => c.Id == ChannelId)?.Code,
        ["created-from"] = Date(CreatedFrom),
        ["created-to"] = Date(CreatedTo),
        ["promised-from"] = Date(PromisedFrom),
        ["promised-to"] = Date(PromisedTo),
        ["tz"] = Zone.Key == DisplayTimeZones.ChinaStandardTime.Key ? null : Zone.Key,
    };

    /// <summary>The query string (without "?"), for links such as the CSV export.</summary>
    public string ToQueryString() => string.Join("&", ToQuery()
        .Where(p => p.Value is not null)
        .Select(p => $"{p.Key}={Escape((string)p.Value!)}"));

    /// <summary>
    /// The address of the parcel list showing this filter, e.g. <c>/parcels?view=late&amp;carrier=ZTO</c>, or of another
    /// address that reads the same filter (the CSV export).
    /// </summary>
    public string ToUrl(string path = Path) => ToQueryString() is { Length: > 0 } query ? $"{path}?{query}" : path;

    public const string Path = "/parcels";

    public static ParcelListFilter Of(ParcelView view) => All with { View = view };

    /// <summary>A lane's code: origin and destination region codes, e.g. <c>CN-EAST:US</c>.</summary>
    public static string LaneCode(int laneId) => LaneCodes.Of(laneId);

    public static string RegionCode(int regionId) => ReferenceData.Region(regionId).Code;

    /// <summary>Start (inclusive) of a calendar day of this filter's zone, in UTC.</summary>
    public DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone.Info);

    // What the address got wrong, in the reader's language (the CSV export sets it from lang= before parsing).
    private static readonly IStringLocalizer Text = Translations.For<ParcelListFilter>();

    private static ParcelView ParseView(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return ParcelView.All;
        foreach (var (view, key, _) in Views)
        {
            if (string.Equals(key, value.Trim(), StringComparison.OrdinalIgnoreCase)) return view;
        }

        problems.Add(Text["Unknown view \"{0}\" in the address; showing all parcels.", Truncate(value)]);
        return ParcelView.All;
    }

    private static T? ParseEnum<T>(string? value, string what, List<string> problems) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        // Names only: a number would be accepted by Enum.TryParse even when it names nothing.
        if (!trimmed.All(char.IsAsciiLetter) || !Enum.TryParse<T>(trimmed, ignoreCase: true, out var parsed))
        {
            problems.Add(Text["Unknown {0} \"{1}\" in the address was ignored. Use one of: {2}.", what, Truncate(value), string.Join(", ", Enum.GetNames<T>())]);
            return null;
        }

        return parsed;
    }

    private static bool? ParseYesNo(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        switch (value.Trim().ToLowerInvariant())
        {
            case "yes" or "true": return true;
            case "no" or "false": return false;
            default:
                problems.Add(Text["The stalled filter \"{0}\" in the address was ignored; use yes or no.", Truncate(value)]);
                return null;
        }
    }

    private static int? Code<T>(string? value, IEnumerable<T> known, string what, List<string> problems) where T : ICodedEntity
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var match = known.FirstOrDefault(k => string.Equals(k.Code, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            problems.Add(Text["Unknown {0} \"{1}\" in the address was ignored.", what, Truncate(value)]);
            return null;
        }

        return match switch
        {
            Carrier c => c.Id,
            ServiceLevel s => s.Id,
            Region r => r.Id,
            Hub h => h.Id,
            Channel ch => ch.Id,
            _ => null,
        };
    }

    private static int? ParseLane(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var lane = LaneCodes.Parse(value);
        if (lane is null)
        {
            problems.Add(Text["Unknown lane \"{0}\" in the address was ignored; a lane is written ORIGIN:DESTINATION, e.g. CN-EAST:US.", Truncate(value)]);
            return null;
        }

        return lane;
    }

    private static DateOnly? ParseDate(string? value, string what, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        problems.Add(Text["The date {0}=\"{1}\" in the address was ignored; write dates as YYYY-MM-DD.", what, Truncate(value)]);
        return null;
    }

    // A colon is allowed in a query (RFC 3986) and keeps lane codes such as CN-EAST:US readable in links.
    private static string Escape(string value) => Uri.EscapeDataString(value).Replace("%3A", ":", StringComparison.Ordinal);

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Truncate(string value) => value.Length <= 24 ? value : value[..24] + "…";
}

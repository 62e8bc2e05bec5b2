using System.Globalization;
using System.Text;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>
/// <c>GET /exports/parcels.csv?&lt;the list's filters&gt;[&amp;lang=zh-CN]</c>: every parcel the filter matches, streamed
/// row by row as CSV (not only the page on screen). The single place to authorise exports once roles exist.
/// Malformed filter values, and a language the dashboard does not speak, answer 400 with the reasons, rather than
/// exporting something else.
/// <para>
/// Without <c>lang</c> (or in English) the columns are named and valued as they always were (<see cref="Header"/>, status
/// names such as <c>InTransit</c>), so scripts keep working. With <c>lang=zh-CN</c> the header and the worded values
/// (status, sub-status, lateness, stalled, late party) are in Chinese; codes, tracking numbers, times and the column order
/// stay as they are.
/// </para>
/// </summary>
public static class ParcelCsvExport
{
    public const string Path = "/exports/parcels.csv";

    private static readonly IStringLocalizer Text = Translations.For<ParcelExportWords>();

    public static readonly string[] Header =
    [
        "tracking_number", "carrier", "service", "channel", "origin", "destination", "status", "sub_status", "lateness", "stalled",
        "created_utc", "promised_utc", "last_event_utc", "last_hub", "delivered_utc", "recipient_name",
        // Added after the first release: at the end, so that readers going by position keep their columns.
        "late_party",
    ];

    /// <summary>
    /// The export of a filter in a reader's language (<c>/exports/parcels.csv?view=late&amp;lang=zh-CN</c>); without
    /// <c>lang</c> for a culture the dashboard does not speak (it answers those in English).
    /// </summary>
    public static string Url(ParcelListFilter filter, CultureInfo language)
    {
        var url = filter.ToUrl(Path);
        return $"{url}{(url.Contains('?') ? '&' : '?')}{DownloadLanguage.QueryFor(language)}";
    }

    public static void MapParcelExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext http, ParcelListQuery query, TimeProvider time) =>
        {
            var requested = http.Request.Query.TryGetValue(DownloadLanguage.Key, out var lang) ? lang.ToString() : null;
            var language = DownloadLanguage.Of(requested);
            if (language is null)
            {
                var known = string.Join(" or ", DashboardCulture.Supported.Select(c => c.Name));
                return Results.Problem(
                    $"Unknown language \"{Truncate(requested!)}\" in lang=; use {known}, or leave lang out for English.",
                    statusCode: StatusCodes.Status400BadRequest, title: "Invalid language");
            }

            // The words of this response (header, statuses, the reasons of a refusal) are in the language asked for, not
            // in the one of the browser that asked.
            DownloadLanguage.Use(language);
            var worded = language.TwoLetterISOLanguageName != "en";
            var (filter, problems) = ParcelListFilter.Parse(key => http.Request.Query.TryGetValue(key, out var v) ? v.ToString() : null);
            if (problems.Count > 0)
            {
                return Results.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest,
                    title: Text["Invalid filter"]);
            }

            var now = time.GetUtcNow().UtcDateTime;
            var name = $"parcels-{(filter.View == ParcelView.All ? "all" : filter.ViewKey)}-{now:yyyyMMdd-HHmm}.csv";
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
            http.Response.Headers.CacheControl = "no-store";

            // A worded export starts with a byte order mark: without it, spreadsheet programs read UTF-8 Chinese as the
            // system's code page. The English one stays byte for byte as it was.
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(worded), bufferSize: 64 * 1024, leaveOpen: true);
            await writer.WriteAsync(Csv.Line(worded ? WordedHeader() : Header));
            var rows = 0;
            await foreach (var row in query.StreamAsync(filter, ParcelSort.Default, false, now, includePersonalData: PersonalDataAccess.For(http.User), http.RequestAborted))
            {
                await writer.WriteAsync(worded ? WordedLine(row) : Line(row));
                if (++rows % 2000 == 0) await writer.FlushAsync(http.RequestAborted);
            }

            return Results.Empty;
        }).RequireAuthorization(Policies.ParcelData);
    }

    public static string Line(ParcelRow r) => Csv.Line([
        r.TrackingNumber, r.CarrierCode, r.ServiceCode, r.ChannelCode, r.OriginCode, r.DestinationCode, r.Status.ToString(),
        r.SubStatus.ToString(), r.Lateness.ToString(), r.IsStalled ? "yes" : "no", Time(r.CreatedUtc), Time(r.PromisedUtc), Time(r.LastEventUtc),
        r.LastHubCode ?? "", Time(r.DeliveredUtc), r.RecipientName, r.LateParty is { } party ? LatePartyLabels.Key(party) : ""]);

    /// <summary>The header in the current UI culture's words, column for column as <see cref="Header"/>.</summary>
    public static string[] WordedHeader() =>
    [
        Text["tracking_number"], Text["carrier"], Text["service"], Text["channel"], Text["origin"], Text["destination"], Text["status"],
        Text["sub_status"], Text["lateness"], Text["stalled"], Text["created_utc"], Text["promised_utc"], Text["last_event_utc"],
        Text["last_hub"], Text["delivered_utc"], Text["recipient_name"], Text["late_party"],
    ];

    /// <summary>A row with its status, sub-status, lateness, stalled and late party in the current UI culture's words.</summary>
    public static string WordedLine(ParcelRow r) => Csv.Line([
        r.TrackingNumber, r.CarrierCode, r.ServiceCode, r.ChannelCode, r.OriginCode, r.DestinationCode, StatusLabels.Of(r.Status),
        r.SubStatus == Domain.ParcelSubStatus.None ? "" : StatusLabels.Of(r.Status, r.SubStatus), LatenessLabels.Of(r.Lateness),
        r.IsStalled ? Text["yes"] : Text["no"], Time(r.CreatedUtc), Time(r.PromisedUtc), Time(r.LastEventUtc),
        r.LastHubCode ?? "", Time(r.DeliveredUtc), r.RecipientName, r.LateParty is { } party ? LatePartyLabels.Label(party) : ""]);

    private static string Time(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    private static string Truncate(string value) => value.Length <= 24 ? value : value[..24] + "…";
}

/// <summary>The owner of the CSV export's words (<c>Resources/Features/Parcels/ParcelExportWords.zh-CN.resx</c>).</summary>
public sealed class ParcelExportWords;

using System.Globalization;
using System.Text;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>
/// <c>GET /exports/parcels.csv?&lt;the list's filters&gt;</c>: every parcel the filter matches, streamed row by
/// row as CSV (not only the page on screen). The single place to authorise exports once roles exist.
/// Malformed filter values answer 400 with the reasons, rather than exporting something else.
/// </summary>
public static class ParcelCsvExport
{
    public const string Path = "/exports/parcels.csv";

    public static readonly string[] Header =
    [
        "tracking_number", "carrier", "service", "channel", "origin", "destination", "status", "sub_status", "lateness", "stalled",
        "created_utc", "promised_utc", "last_event_utc", "last_hub", "delivered_utc", "recipient_name",
        // Added after the first release: at the end, so that readers going by position keep their columns.
        "late_party",
    ];

    public static void MapParcelExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext http, ParcelListQuery query, TimeProvider time) =>
        {
            var (filter, problems) = ParcelListFilter.Parse(key => http.Request.Query.TryGetValue(key, out var v) ? v.ToString() : null);
            if (problems.Count > 0)
            {
                return Results.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest, title: "Invalid filter");
            }

            var now = time.GetUtcNow().UtcDateTime;
            var name = $"parcels-{(filter.View == ParcelView.All ? "all" : filter.ViewKey)}-{now:yyyyMMdd-HHmm}.csv";
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
            http.Response.Headers.CacheControl = "no-store";

            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true);
            await writer.WriteAsync(Csv.Line(Header));
            var rows = 0;
            await foreach (var row in query.StreamAsync(filter, ParcelSort.Default, false, now, includePersonalData: PersonalDataAccess.For(http.User), http.RequestAborted))
            {
                await writer.WriteAsync(Line(row));
                if (++rows % 2000 == 0) await writer.FlushAsync(http.RequestAborted);
            }

            return Results.Empty;
        }).RequireAuthorization(Policies.ParcelData);
    }

    public static string Line(ParcelRow r) => Csv.Line([
        r.TrackingNumber, r.CarrierCode, r.ServiceCode, r.ChannelCode, r.OriginCode, r.DestinationCode, r.Status.ToString(),
        r.SubStatus.ToString(), r.Lateness.ToString(), r.IsStalled ? "yes" : "no", Time(r.CreatedUtc), Time(r.PromisedUtc), Time(r.LastEventUtc),
        r.LastHubCode ?? "", Time(r.DeliveredUtc), r.RecipientName, r.LateParty is { } party ? LatePartyLabels.Key(party) : ""]);

    private static string Time(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
}

using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace CainiaoDashboard.Ingest.Webhooks;

/// <summary>
/// Kuaidi100's subscription push, as the Chinese aggregator sends it for ZTO, STO and YTO: a form field <c>param</c> holding
/// the JSON (or the JSON as the body). <c>lastResult.nu</c> is the tracking number and <c>lastResult.data[]</c> its scans,
/// newest first: <c>context</c> (the text), <c>ftime</c>/<c>time</c> (China local time, no offset), <c>status</c> (a
/// Chinese state word) or, with <c>resultv2</c>, a numeric <c>statusCode</c> (looked up first), and <c>areaCode</c>.
/// Times: China Standard Time, UTC+8 all year. Hubs: the first four digits of <c>areaCode</c> (the city; a leading
/// <c>CN</c> is skipped).
/// Ids: scans carry none, so <c>nu</c>, <c>ftime</c> and <c>context</c> are hashed (<see cref="WebhookEventId"/>).
/// A cross-border push's <c>destResult</c> (the destination carrier's <c>com</c> and <c>nu</c>) is the hand-over: dated
/// at the partner's earliest scan, under the code <c>destResult</c>; the partner's own scans come through its own feed.
/// Answered <c>{"result":true,"returnCode":"200","message":…}</c>, which stops Kuaidi100 from pushing the same again.
/// </summary>
public sealed class Kuaidi100Format() : WebhookFormat("kuaidi100")
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public override WebhookPayload Read(string body, string? contentType, WebhookScans scans)
    {
        var json = contentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
            ? QueryHelpers.ParseQuery(body).TryGetValue("param", out var param) && param.Count > 0 ? param[0]!
                : throw new WebhookPayloadException("The form has no param field.")
            : body;
        using var document = WebhookJson.Parse(json);
        var last = WebhookJson.Object(document.RootElement, "lastResult") ?? throw new WebhookPayloadException("No lastResult object.");
        var scansOf = WebhookJson.Array(last, "data") ?? throw new WebhookPayloadException("lastResult has no data array.");
        var number = WebhookJson.Text(last, "nu");

        var items = new List<WebhookItem>();
        var index = 0;
        foreach (var scan in scansOf.EnumerateArray())
        {
            var time = WebhookJson.Text(scan, "ftime") ?? WebhookJson.Text(scan, "time");
            var context = WebhookJson.Text(scan, "context");
            var id = WebhookEventId.From(Name, number, time, context);
            items.Add(scan.ValueKind != JsonValueKind.Object
                ? WebhookItem.Reject(id, $"data[{index}] is not an object")
                : scans.Scan(id, number, WebhookJson.Text(scan, "statusCode") ?? WebhookJson.Text(scan, "status"), context, ChinaTimeToUtc(time),
                    $"data[{index}]: ftime missing or not a local time (yyyy-MM-dd HH:mm:ss)", City(WebhookJson.Text(scan, "areaCode"))));
            index++;
        }

        if (WebhookJson.Object(document.RootElement, "destResult") is { } destination) items.Add(Handover(destination, number, scans));
        return new WebhookPayload(items);
    }

    private static WebhookItem Handover(JsonElement destination, string? number, WebhookScans scans) =>
        scans.HandOver(number, "destResult", WebhookJson.Text(destination, "com"), WebhookJson.Text(destination, "nu"),
            (WebhookJson.Array(destination, "data")?.EnumerateArray() ?? []).Select(s => ChinaTimeToUtc(WebhookJson.Text(s, "ftime") ?? WebhookJson.Text(s, "time"))));

    private static DateTime? ChinaTimeToUtc(string? text) =>
        WebhookJson.Local(text) is { } local ? WebhookJson.LocalToUtc(local, ChinaStandardTime) : null;

    /// <summary>The city part of an area code, with or without the country letters Kuaidi100 puts in front (<c>CN330106000000</c>).</summary>
    private static string? City(string? areaCode)
    {
        var digits = areaCode?.TrimStart().TrimStart('C', 'N', 'c', 'n');
        return digits is { Length: >= 4 } ? digits[..4] : null;
    }

    public override IResult Answer(IngestResponse response) => Results.Json(new
    {
        result = true,
        returnCode = "200",
        message = response.Rejected == 0 ? "成功" : $"{response.Rejected} rejected: {string.Join("; ", response.Rejections.Take(10).Select(r => $"[{r.Index}] {r.Reason}"))}",
        response.Accepted,
        response.Duplicates,
        response.Rejected,
        response.Rejections,
    });

    public override IResult Malformed(string reason) =>
        Results.Json(new { result = false, returnCode = "500", message = reason }, statusCode: StatusCodes.Status400BadRequest);
}

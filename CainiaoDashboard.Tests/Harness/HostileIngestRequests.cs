using System.Globalization;
using System.Text.Json;
using System.Text;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// Generates hostile requests for <c>POST /api/carriers/{carrier}/events</c> from a seed, each with the answer the
/// README's rules promise and the events it must store. The verdicts come from how each item was built (which
/// rule it breaks, if any), not from the app's validator. Hand-overs appear only in forms invalid under any
/// hand-over rule (partner fields missing, unknown partner carrier).
/// </summary>
public sealed class HostileIngestRequests(int seed, DateTime nowUtc, string prefix, IngestParties parties)
{
    private static readonly string[] Codes = ["CREATE", "GOT", "ARRIVAL", "DEPARTURE", "SENT_SCAN", "PICKUP_READY", "FAILED_NOT_HOME", "SIGN", "SIGN_LOCKER", "EXC_WEATHER", "RETURN", "CANCEL"];
    private static readonly string[] Hubs = ["\"HGH\"", "\"sha\"", "\" YIW \"", "null", "\"\""];

    private readonly Random random = new(seed);
    private readonly List<GeneratedItem> validItems = [];
    private int next;

    public IEnumerable<HostileRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++) yield return NextRequest();
    }

    private HostileRequest NextRequest()
    {
        var (body, stored, foreign) = NextBatch(random.Next(1, 26));
        var ok = foreign ? 403 : 200;
        return random.Next(40) switch
        {
            0 => Request("cut JSON", Utf8(body[..random.Next(1, body.Length - 1)]), 400),
            1 => Request("trailing garbage", Utf8(body + (random.Next(2) == 0 ? "x" : "]")), 400),
            2 => Request("text/plain", Utf8(body), 400) with { ContentType = "text/plain" },
            3 => Request("no content type", Utf8(body), 400) with { ContentType = null },
            4 => Request("json with charset", Utf8(body), ok, foreign ? [] : stored) with { ContentType = "application/json; charset=utf-8" },
            5 => Request("no key", Utf8(body), 401) with { ApiKey = null },
            6 => Request("unknown key", Utf8(body), 401) with { ApiKey = "cnk_" + new string('A', random.Next(1, 200)) },
            7 => Request("other carrier's route", Utf8(body), 403) with { Path = "/api/carriers/sto/events" },
            8 => random.Next(2) == 0
                ? Request("unknown carrier route", Utf8(body), 403) with { Path = "/api/carriers/dhl/events" }
                : Request("NUL in the route (Kestrel refuses)", Utf8(body), 400) with { Path = "/api/carriers/zto%00/events" },
            9 => Request("other carrier's key", Utf8(body), 403) with { ApiKey = parties.OtherCarrierKey },
            10 => Request("empty array", Utf8("[]"), 400),
            11 => Request("object root", Utf8("{\"events\":" + body + "}"), 400),
            12 => Request("null root", Utf8("null"), 400),
            13 => Request("1,001 items", Utf8("[" + string.Join(",", Enumerable.Range(0, 1001).Select(_ => NextItem(mutate: false).Json)) + "]"), 400),
            14 => Request("body over 1 MiB", Utf8("[{\"eventId\":\"" + prefix + "-big\",\"statusText\":\"" + new string('z', 1_100_000) + "\"}]"), 413),
            15 => Request("nested 100 deep", Utf8(new string('[', 100) + new string(']', 100)), 400),
            // Well-formed JSON around a string that is not UTF-8: that item is rejected, the request answered.
            16 => Request("invalid UTF-8 in a string", [.. Encoding.UTF8.GetBytes("[{\"eventId\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\"}]")], 200),
            17 => Request("GET", [], 405) with { Method = "GET", ContentType = null },
            18 => Request("DELETE", Utf8(body), 405) with { Method = "DELETE" },
            19 => Request("PUT", Utf8(body), 405) with { Method = "PUT" },
            _ => Request("batch", Utf8(body), ok, foreign ? [] : stored),
        };
    }

    private HostileRequest Request(string kind, byte[] body, int status, IReadOnlyList<string>? stored = null) =>
        new(kind, "POST", "/api/carriers/zto/events", parties.Key, "application/json", body, status, stored ?? []);

    private (string Body, List<string> Stored, bool Foreign) NextBatch(int size)
    {
        var items = Enumerable.Range(0, size).Select(_ => NextItem(mutate: random.Next(10) < 6)).ToList();
        var stored = items.Where(i => i.Verdict == Verdict.Stored).Select(i => i.StoredId!).ToList();
        return ("[" + string.Join(",", items.Select(i => i.Json)) + "]", stored, items.Any(i => i.Verdict == Verdict.Foreign));
    }

    private GeneratedItem NextItem(bool mutate)
    {
        var id = $"{prefix}-{next++}";
        var parcel = parties.Parcels[random.Next(parties.Parcels.Count)];
        var fields = new Dictionary<string, string>
        {
            ["eventId"] = Text(id),
            ["trackingNumber"] = Text(parcel.TrackingNumber),
            ["statusCode"] = Text(Codes[random.Next(Codes.Length)]),
            ["statusText"] = random.Next(4) == 0 ? "null" : Text("快件已到达【杭州转运中心】 " + random.Next()),
            ["hubCode"] = Hubs[random.Next(Hubs.Length)],
            ["eventTime"] = Text(Time(parcel.CreatedUtc.AddMinutes(random.Next(1, 40 * 60)))),
        };

        var (verdict, storedId) = mutate ? Mutate(fields, parcel, id) : (Verdict.Stored, id);
        if (mutate && random.Next(12) == 0 && validItems.Count > 0)
        {
            // A repeat of an earlier valid item: stored once, whichever request carries it first.
            return validItems[random.Next(validItems.Count)];
        }

        // The empty key stands for an item that is no JSON object at all.
        var json = fields.TryGetValue("", out var whole) ? whole : "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Value}")) + "}";
        var item = new GeneratedItem(json, verdict, verdict == Verdict.Rejected ? null : storedId);
        if (verdict == Verdict.Stored) validItems.Add(item);
        return item;
    }

    /// <summary>Breaks (or harmlessly varies) one thing about the item; says whether it must still be stored.</summary>
    private (Verdict, string) Mutate(Dictionary<string, string> fields, RegisteredParcel parcel, string id)
    {
        const Verdict no = Verdict.Rejected;
        switch (random.Next(48))
        {
            case 0: fields.Remove("eventId"); return (no, id);
            case 1: fields["eventId"] = "null"; return (no, id);
            case 2: fields["eventId"] = Text(" \t "); return (no, id);
            case 3: fields["eventId"] = Text("\u200B"); return (no, id);
            case 4: fields["eventId"] = Text("\0\u200B\uFEFF"); return (no, id);
            case 5: fields["eventId"] = Text(id + "\u0000x"); return (no, id);
            case 6: fields["eventId"] = Text(id + "\u200Dx"); return (no, id);
            case 7: fields["eventId"] = Text(id + "\u00A0x"); return (no, id);
            case 8: fields["eventId"] = Text(id + new string('e', 65)); return (no, id);
            case 9: fields["eventId"] = Text(id + new string('e', 100_000)); return (no, id);
            case 10: fields["eventId"] = random.Next(2) == 0 ? "12345" : "{\"id\":1}"; return (no, id);
            case 11: fields["eventId"] = Text(" " + id + "\u3000\t"); return (Verdict.Stored, id);
            case 12: fields["eventId"] = Text(id + "-运单-é-😀"); return (Verdict.Stored, id + "-运单-é-😀");
            case 13: fields["eventId"] = "\"" + id + "-\\ud800\""; return (no, id);
            case 14: fields["trackingNumber"] = Text(prefix + "NOPE" + random.Next(1000)); return (no, id);
            case 15: fields["trackingNumber"] = Text(parties.ForeignTrackingNumber); return (Verdict.Foreign, id);
            case 16: fields["trackingNumber"] = Text("\u200B"); return (no, id);
            case 17: fields["trackingNumber"] = Text(parcel.TrackingNumber + "\u0007"); return (no, id);
            case 18: fields["trackingNumber"] = Text(parcel.TrackingNumber + new string('9', 41)); return (no, id);
            case 19: fields["trackingNumber"] = Text("  " + parcel.TrackingNumber + " "); return (Verdict.Stored, id);
            case 20: fields["statusCode"] = Text("TELEPORTED"); return (no, id);
            case 21: fields["statusCode"] = Text(" sign\n"); return (Verdict.Stored, id);
            case 22: fields["statusCode"] = Text("\u200B\u0000"); return (no, id);
            case 23: fields["statusCode"] = "7"; return (no, id);
            case 24: fields["statusCode"] = Text("HANDOVER"); return (no, id);
            case 25:
                fields["statusCode"] = Text("HANDOVER");
                fields["handoverCarrier"] = Text("DHL");
                fields["handoverTrackingNumber"] = Text(prefix + "DHL" + random.Next());
                return (no, id);
            case 26: fields["statusText"] = Text(new string('t', 501)); return (no, id);
            case 27: fields["statusText"] = Text("控制\u0001字符 \u202E 😀"); return (Verdict.Stored, id);
            case 28: fields["hubCode"] = Text("XXX"); return (no, id);
            case 29: fields["hubCode"] = "[\"HGH\"]"; return (no, id);
            case 30: fields["eventTime"] = Text(parcel.CreatedUtc.AddHours(5).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)); return (no, id);
            case 31: fields["eventTime"] = Text(random.Next(2) == 0 ? "yesterday" : "2026-13-40T99:00:00Z"); return (no, id);
            case 32: fields["eventTime"] = random.Next(2) == 0 ? "1764633600" : "true"; return (no, id);
            case 33: fields["eventTime"] = Text("0001-01-01T00:00:00Z"); return (no, id);
            case 34: fields["eventTime"] = Text("1999-12-31T23:59:59+00:00"); return (no, id);
            case 35: fields["eventTime"] = Text(Time(parcel.CreatedUtc.AddHours(-random.Next(2, 24 * 60)))); return (no, id);
            case 36: fields["eventTime"] = Text(Time(nowUtc.AddHours(random.Next(1, 24 * 400)))); return (no, id);
            case 37: fields["eventTime"] = Text(random.Next(2) == 0 ? "9999-12-31T23:59:59Z" : "9999-12-31T23:59:59-01:00"); return (no, id);
            case 38: fields.Remove("eventTime"); return (no, id);
            case 39: fields["eventTime"] = Text(parcel.CreatedUtc.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm:ss'+15:00'", CultureInfo.InvariantCulture)); return (no, id);
            case 40: fields["unknownField"] = "[1,{\"deep\":[null,true]}]"; return (Verdict.Stored, id);
            case 41:
                fields.Remove("eventId");
                fields["EVENTID"] = Text(id);
                return (Verdict.Stored, id);
            case 42: fields[""] = new[] { "null", "42", "\"event\"", "[1,2]", "true" }[random.Next(5)]; return (no, id);
            case 43: fields["handoverCarrier"] = "{}"; return (no, id);
            case 44: fields["eventId"] = Text("\u3164\u2800"); return (no, id);
            case 45: fields["eventId"] = Text(id + "\u2028x"); return (no, id);
            case 46: fields["statusText"] = "\"bad \\udc00 text\""; return (no, id);
            default: fields["trackingNumber"] = Text(parties.ForeignTrackingNumber + "\u200B"); return (no, id);
        }
    }

    /// <summary>A valid time in one of the forms the README allows: Z, z, or an offset, with or without a fraction.</summary>
    private string Time(DateTime utc)
    {
        var offset = TimeSpan.FromHours(new[] { 0, 8, -5, 14, -12 }[random.Next(5)]);
        var local = new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(offset);
        return random.Next(4) switch
        {
            0 => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            1 => utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'z'", CultureInfo.InvariantCulture),
            2 => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            _ => local.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture),
        };
    }

    private static string Text(string value) => JsonSerializer.Serialize(value);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private enum Verdict
    {
        Stored,
        Rejected,
        /// <summary>Valid, but for another carrier's parcel: the whole request is refused.</summary>
        Foreign,
    }

    private sealed record GeneratedItem(string Json, Verdict Verdict, string? StoredId);
}

public sealed record RegisteredParcel(string TrackingNumber, DateTime CreatedUtc);

/// <summary>Who posts: the carrier's key, another carrier's key, its parcels and one parcel of another carrier.</summary>
public sealed record IngestParties(string Key, string OtherCarrierKey, IReadOnlyList<RegisteredParcel> Parcels, string ForeignTrackingNumber);

public sealed record HostileRequest(
    string Kind, string Method, string Path, string? ApiKey, string? ContentType, byte[] Body, int ExpectedStatus, IReadOnlyList<string> StoredEventIds);

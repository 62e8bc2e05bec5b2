using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>A scan as the dashboard stored it, for comparing with what a webhook said.</summary>
public sealed record StoredScan(string Carrier, ParcelStatus Status, ParcelSubStatus SubStatus, string RawCode, string RawText, DateTime EventUtc, string? Hub);

/// <summary>Webhook posts to the running server as the carriers and aggregators send them, and what it stored of them.</summary>
public sealed class WebhookApi(DashboardServer server)
{
    /// <summary>A parcel booked with ZTO two days ago: next-day within East China, or cross-border to the US.</summary>
    public async Task<string> RegisterAsync(string number, DateTime createdUtc, bool crossBorder, CancellationToken ct)
    {
        var (lane, service) = crossBorder ? (EastToUs, CrossBorder) : (EastToEast, NextDay);
        var promise = TimeSpan.FromHours(ReferenceData.ServiceLevel(service).PromiseHours);
        var registered = await server.Services.GetRequiredService<IngestPipeline>().RegisterAsync(
            [new ParcelRegistration(number, Zto, lane, service, crossBorder ? AliExpress : Tmall, createdUtc, createdUtc + promise, "Li Wei", "+86 138 0000 0000", "Hangzhou")],
            ct);
        Assert.Equal(1, registered);
        return number;
    }

    /// <summary>A cross-border parcel that ZTO picked up and handed over to USPS (through the events API); its two numbers.</summary>
    public async Task<(string Number, string UspsNumber)> HandedOverToUspsAsync(DateTime createdUtc, CancellationToken ct)
    {
        var number = await RegisterAsync(TestParcels.NewTrackingNumber("ZT"), createdUtc, crossBorder: true, ct);
        var uspsNumber = "9400" + TestParcels.NewTrackingNumber("1")[1..];
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);
        object[] scans =
        [
            new { eventId = $"{number}-got", trackingNumber = number, statusCode = "GOT", statusText = "已揽收", hubCode = "HGH", eventTime = createdUtc.AddHours(1) },
            new
            {
                eventId = $"{number}-handover", trackingNumber = number, statusCode = "HANDOVER", statusText = "Handed over to USPS", hubCode = "LAX",
                eventTime = createdUtc.AddHours(34), handoverCarrier = "USPS", handoverTrackingNumber = uspsNumber,
            },
        ];
        using var response = await zto.PostAsJsonAsync("/api/carriers/zto/events", scans, ct);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<IngestResponse>(ct))!.Accepted);
        return (number, uspsNumber);
    }

    /// <summary>Posts the body to <c>/api/carriers/{carrier}/webhooks/{format}</c> with the carrier's key; the status and the body of the answer.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> PostAsync(
        HttpClient carrier, string carrierCode, string format, string body, CancellationToken ct, string contentType = "application/json")
    {
        using var response = await carrier.PostAsync($"/api/carriers/{carrierCode}/webhooks/{format}", new StringContent(body, Encoding.UTF8, contentType), ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>Posts as <see cref="PostAsync"/> and reads the answer in the events door's form (the formats that answer so); fails unless 200.</summary>
    public static async Task<IngestResponse> PostAnsweredAsync(HttpClient carrier, string carrierCode, string format, string body, CancellationToken ct)
    {
        var (status, answer) = await PostAsync(carrier, carrierCode, format, body, ct);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {answer}");
        return JsonSerializer.Deserialize<IngestResponse>(answer, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>Every scan of the parcel holding the number (under any of its numbers), oldest first.</summary>
    public async Task<List<StoredScan>> ScansAsync(string trackingNumber, CancellationToken ct)
    {
        await using var db = await Contexts.CreateDbContextAsync(ct);
        var parcelId = await db.ParcelTrackingNumbers.Where(t => t.TrackingNumber == trackingNumber).Select(t => t.ParcelId).SingleAsync(ct);
        var rows = await db.TrackingEvents.Where(e => e.ParcelId == parcelId).ToListAsync(ct);
        return [.. rows.OrderBy(e => e.EventUtc).ThenBy(e => e.Id).Select(e => new StoredScan(ReferenceData.Carrier(e.CarrierId).Code, e.Status, e.SubStatus,
            e.RawCode, e.RawText, DateTime.SpecifyKind(e.EventUtc, DateTimeKind.Utc), ReferenceData.FindHub(e.HubId)?.Code))];
    }

    public async Task<Parcel> ParcelAsync(string trackingNumber, CancellationToken ct)
    {
        await using var db = await Contexts.CreateDbContextAsync(ct);
        return await db.ParcelTrackingNumbers.Where(t => t.TrackingNumber == trackingNumber)
            .Join(db.Parcels, t => t.ParcelId, p => p.Id, (t, p) => p).AsNoTracking().SingleAsync(ct);
    }

    private IDbContextFactory<CainiaoDbContext> Contexts => server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>();

    /// <summary>A time as a sender in China writes it: local (UTC+8), no offset.</summary>
    public static string ChinaTime(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The time to the second, as the senders send it.</summary>
    public static DateTime Seconds(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}

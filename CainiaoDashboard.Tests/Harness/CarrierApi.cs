using System.Net.Http.Json;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>A carrier's side of the ingest API, for tests that drive the dashboard through it as a carrier does.</summary>
public static class CarrierApi
{
    /// <summary>A client of the running server that sends a freshly created API key of the carrier with every request.</summary>
    public static async Task<HttpClient> ClientAsync(DashboardServer server, int carrierId, CancellationToken ct) =>
        ClientWithKey(server, await server.Services.GetRequiredService<ApiKeys>().CreateCarrierKeyAsync(carrierId, ct));

    public static HttpClient ClientWithKey(DashboardServer server, string key)
    {
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Add(ApiKeys.HeaderName, key);
        return http;
    }

    /// <summary>Posts one ZTO scan; the caller reads (and disposes) the answer.</summary>
    public static Task<HttpResponseMessage> PostAsync(
        HttpClient http, string eventId, string trackingNumber, string code, string text, string hub, DateTime at, CancellationToken ct)
    {
        object[] batch = [new { eventId, trackingNumber, statusCode = code, statusText = text, hubCode = hub, eventTime = at }];
        return http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct);
    }

    /// <summary>Posts one ZTO scan and fails unless the API accepts it.</summary>
    public static async Task PostAcceptedAsync(
        HttpClient http, string eventId, string trackingNumber, string code, string text, string hub, DateTime at, CancellationToken ct)
    {
        using var response = await PostAsync(http, eventId, trackingNumber, code, text, hub, at, ct);
        response.EnsureSuccessStatusCode();
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<IngestResponse>(ct))!.Accepted);
    }
}

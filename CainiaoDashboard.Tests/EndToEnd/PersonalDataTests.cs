using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// Roles without the personal-data right never receive a recipient's name, phone or address, nor complaint text:
/// not in any page's HTML and not in the frames the live circuit sends over its websocket.
/// </summary>
public sealed class PersonalDataTests(DashboardServer server, BrowserFixture browser) : IClassFixture<DashboardServer>
{
    /// <summary>
    /// Every page each role may open; <c>{tracking}</c> is replaced by the test parcel's tracking number.
    /// </summary>
    private static readonly (string Role, string Path)[] PagesByRole =
    [
        (Roles.Executive, "/"), (Roles.Executive, "/system"), (Roles.Executive, "/volume"), (Roles.Executive, "/flows"),
        (Roles.Manager, "/"), (Roles.Manager, "/system"), (Roles.Manager, "/parcels/{tracking}"),
        (Roles.Manager, "/parcels?carrier=ZTO"), (Roles.Manager, "/complaints"),
    ];

    /// <summary>Data endpoints each role may call.</summary>
    private static readonly (string Role, string Path)[] EndpointsByRole =
    [
        (Roles.Manager, "/exports/parcels.csv?carrier=ZTO"),
        (Roles.Executive, "/downloads/flows.csv"),
    ];

    [Theory]
    [InlineData(Roles.Executive)]
    [InlineData(Roles.Manager)]
    public async Task Recipient_details_and_complaint_text_never_reach_a_role_without_the_right(string role)
    {
        var ct = TestContext.Current.CancellationToken;
        var marker = Guid.NewGuid().ToString("N")[..8];
        var trackingNumber = "ZT" + marker.ToUpperInvariant();
        string[] secrets = [$"Ximena Privacy{marker}", $"+86 139 {marker}", $"88 Hidden Lane {marker}", $"Complaint{marker} by phone"];
        var created = DateTime.UtcNow.AddMinutes(-30);
        var pipeline = server.Services.GetRequiredService<IngestPipeline>();
        await pipeline.RegisterAsync([new ParcelRegistration(trackingNumber, Zto, EastToEast, NextDay, Tmall, created, created.AddHours(36), secrets[0], secrets[1], secrets[2])], ct);
        Assert.Equal(ComplaintOutcome.Filed, await pipeline.FileComplaintAsync(
            new ComplaintFiling(trackingNumber, ComplaintCategory.Other, ContactChannel.Phone, secrets[3] + " " + secrets[0], created.AddMinutes(5), "test"), ct));

        var page = await browser.NewSignedInPageAsync(server, role);
        var frames = new ConcurrentQueue<string>();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
            frames.Enqueue(frame.Binary is { Length: > 0 } binary ? Encoding.UTF8.GetString(binary) : frame.Text ?? "");
        var documents = new List<string>();

        foreach (var path in PagesByRole.Where(p => p.Role == role).Select(p => p.Path.Replace("{tracking}", trackingNumber)))
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            documents.Add(await response.TextAsync());
            await page.WaitUntilInteractiveAsync();
            if (path == "/")
            {
                // The parcel's own live update arrives through the circuit: proof that the frames are read.
                await PostEventAsync(trackingNumber, ct);
                await Assertions.Expect(page.GetByTestId("event-feed").Locator($"[data-tracking='{trackingNumber}']")).ToHaveCountAsync(1);
            }

            documents.Add(await page.ContentAsync());
        }

        using var http = await server.CreateSignedInClientAsync(role, ct);
        foreach (var path in EndpointsByRole.Where(e => e.Role == role).Select(e => e.Path))
        {
            var body = await http.GetStringAsync(path, ct);
            if (path.StartsWith("/exports/", StringComparison.Ordinal)) Assert.Contains(trackingNumber, body);
            documents.Add(body);
        }

        Assert.Contains(frames, f => f.Contains(trackingNumber));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(documents, d => d.Contains(secret));
            Assert.DoesNotContain(frames, f => f.Contains(secret));
        }
    }

    [Fact]
    public async Task Support_sees_recipient_details_and_complaint_text()
    {
        var ct = TestContext.Current.CancellationToken;
        var marker = Guid.NewGuid().ToString("N")[..8];
        var trackingNumber = "ZT" + marker.ToUpperInvariant();
        var created = DateTime.UtcNow.AddMinutes(-30);
        var pipeline = server.Services.GetRequiredService<IngestPipeline>();
        await pipeline.RegisterAsync([new ParcelRegistration(trackingNumber, Zto, EastToEast, NextDay, Tmall, created, created.AddHours(36), $"Wen Visible{marker}", "+86 137 0000 0000", "1 Open Road")], ct);
        await pipeline.FileComplaintAsync(new ComplaintFiling(trackingNumber, ComplaintCategory.Other, ContactChannel.Phone, $"Complaint{marker} text", created.AddMinutes(5), "test"), ct);

        var page = await browser.NewSignedInPageAsync(server, Roles.Support);
        await page.GotoAsync($"/parcels/{trackingNumber}");
        await Assertions.Expect(page.GetByText($"Wen Visible{marker}")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"Complaint{marker} text")).ToBeVisibleAsync();
    }

    private async Task PostEventAsync(string trackingNumber, CancellationToken ct)
    {
        var key = await server.Services.GetRequiredService<ApiKeys>().CreateCarrierKeyAsync(Zto, ct);
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Add(ApiKeys.HeaderName, key);
        object[] batch = [new { eventId = trackingNumber + "-GOT", trackingNumber, statusCode = "GOT", statusText = "已揽收", hubCode = "HGH", eventTime = DateTime.UtcNow.AddMinutes(-1) }];
        var response = await http.PostAsJsonAsync("/api/carriers/zto/events", batch, ct);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<IngestResponse>(ct))!.Accepted);
    }
}

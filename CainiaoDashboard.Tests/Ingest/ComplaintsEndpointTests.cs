using System.Net;
using System.Net.Http.Json;
using System.Text;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

/// <summary><c>POST /api/complaints</c> over real HTTP: a platform's customer-service system filing complaints.</summary>
public sealed class ComplaintsEndpointTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private static readonly DateTime Created = DateTime.UtcNow.AddDays(-1);

    [Fact]
    public async Task A_complaint_is_stored_once_however_often_it_is_sent_and_each_rejected_one_says_why()
    {
        var (http, prefix) = await ArrangeAsync("Tmall customer service");
        var ct = TestContext.Current.CancellationToken;
        var filedAt = Created.AddHours(5);
        object[] batch =
        [
            Complaint($"{prefix}-1", $"{prefix}ZT1", "late-delivery", filedAt, "Promised yesterday, still not here."),
            Complaint($"{prefix}-1", $"{prefix}ZT1", "late-delivery", filedAt, "Promised yesterday, still not here."),
            Complaint($"{prefix}-2", $"{prefix}NOPE", "damaged", filedAt),
            Complaint($"{prefix}-3", $"{prefix}ZT1", "rude", filedAt),
            new { complaintId = $"{prefix}-4", trackingNumber = $"{prefix}ZT1", category = "lost", filedAt = "2026-12-01T10:00:00" },
            new { trackingNumber = $"{prefix}ZT1", category = "lost", filedAt },
            Complaint($"{prefix}-6", $"{prefix}ZT1", "other", DateTime.UtcNow.AddHours(1)),
            Complaint($"{prefix}-7", $"{prefix}ZT1", "other", filedAt, new string('x', ComplaintRules.MaxDescriptionLength + 1)),
            new { complaintId = 8, trackingNumber = $"{prefix}ZT1", category = "lost", filedAt },
        ];

        var first = await PostAsync(http, batch);
        var again = await PostAsync(http, batch[..1]);

        Assert.Equal((1, 1, 7), (first.Accepted, first.Duplicates, first.Rejected));
        Assert.Equal(
        [
            "unknown parcel",
            "unknown category 'rude': one of late-delivery, impolite-courier, damaged, lost, misdelivered, other",
            $"filedAt has no UTC offset: write it like {EventTimeText.Example}",
            "missing field: complaintId",
            "filedAt is more than 15 minutes in the future",
            $"text longer than {ComplaintRules.MaxDescriptionLength} characters",
            "wrong type for field: complaintId (expected a string)",
        ], first.Rejections.Select(r => r.Reason));
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], first.Rejections.Select(r => r.Index));
        Assert.Equal((0, 1, 0), (again.Accepted, again.Duplicates, again.Rejected));

        var stored = Assert.Single(await StoredAsync(prefix, ct));
        Assert.Equal((ComplaintCategory.LateDelivery, ContactChannel.Phone, "Promised yesterday, still not here.", "Tmall customer service"),
            (stored.Category, stored.ContactChannel, stored.Description, stored.OpenedBy));
        Assert.Equal(filedAt, stored.OpenedUtc, TimeSpan.FromMilliseconds(1));
        Assert.Equal(ComplaintState.Open, stored.State);
    }

    [Fact]
    public async Task A_complaint_id_sent_again_with_other_content_is_refused_and_changes_nothing()
    {
        var (http, prefix) = await ArrangeAsync("Taobao customer service");
        var ct = TestContext.Current.CancellationToken;
        var filedAt = Created.AddHours(2);

        var first = await PostAsync(http, [Complaint($"{prefix}-1", $"{prefix}ZT1", "damaged", filedAt, "Box crushed.")]);
        var changed = await PostAsync(http, [Complaint($"{prefix}-1", $"{prefix}ZT1", "lost", filedAt, "Box crushed.")]);

        Assert.Equal(1, first.Accepted);
        Assert.Equal("complaintId was sent before with a different parcel, category, channel or text", Assert.Single(changed.Rejections).Reason);
        Assert.Equal(ComplaintCategory.Damaged, Assert.Single(await StoredAsync(prefix, ct)).Category);
    }

    [Fact]
    public async Task Two_systems_may_use_the_same_complaint_id()
    {
        var (tmall, prefix) = await ArrangeAsync("Tmall care");
        var ct = TestContext.Current.CancellationToken;
        using var aliExpress = await PlatformClientAsync("AliExpress care");
        var filedAt = Created.AddHours(3);

        var fromTmall = await PostAsync(tmall, [Complaint("C-1001", $"{prefix}ZT1", "lost", filedAt)]);
        var fromAliExpress = await PostAsync(aliExpress, [Complaint("C-1001", $"{prefix}ZT1", "lost", filedAt)]);

        Assert.Equal((1, 1), (fromTmall.Accepted, fromAliExpress.Accepted));
        Assert.Equal(["AliExpress care", "Tmall care"], (await StoredAsync(prefix, ct)).Select(c => c.OpenedBy).Order());
    }

    [Fact]
    public async Task Only_a_live_platform_key_files_complaints_and_a_platform_key_cannot_post_scans()
    {
        var (platform, prefix) = await ArrangeAsync("Cainiao care");
        var ct = TestContext.Current.CancellationToken;
        using var carrier = await CarrierApi.ClientAsync(server, Zto, ct);
        using var anonymous = server.CreateClient();
        object[] batch = [Complaint($"{prefix}-1", $"{prefix}ZT1", "lost", Created.AddHours(1))];

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/complaints", batch, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await carrier.PostAsJsonAsync("/api/complaints", batch, ct)).StatusCode);
        object[] scan = [new { eventId = $"{prefix}-e1", trackingNumber = $"{prefix}ZT1", statusCode = "GOT", eventTime = Created.AddHours(1) }];
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.PostAsJsonAsync("/api/carriers/zto/events", scan, ct)).StatusCode);

        var keys = server.Services.GetRequiredService<ApiKeys>();
        var key = platform.DefaultRequestHeaders.GetValues(ApiKeys.HeaderName).Single();
        var keyId = (await keys.ListAsync(ct)).Single(k => key.StartsWith(k.Prefix, StringComparison.Ordinal)).Id;
        Assert.True(await keys.RevokeAsync(keyId, ct));
        Assert.Equal(HttpStatusCode.Unauthorized, (await platform.PostAsJsonAsync("/api/complaints", batch, ct)).StatusCode);
        Assert.Empty(await StoredAsync(prefix, ct));
    }

    [Theory]
    [InlineData("[]", HttpStatusCode.BadRequest, "No complaints")]
    [InlineData("{\"complaintId\": \"x\"}", HttpStatusCode.BadRequest, "Malformed JSON")]
    [InlineData("[{\"complaintId\": ", HttpStatusCode.BadRequest, "Malformed JSON")]
    public async Task A_body_that_is_not_an_array_of_complaints_is_refused(string json, HttpStatusCode status, string title)
    {
        var (http, _) = await ArrangeAsync("Support desk");
        var ct = TestContext.Current.CancellationToken;

        using var response = await http.PostAsync("/api/complaints", new StringContent(json, Encoding.UTF8, "application/json"), ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(title, await response.Content.ReadAsStringAsync(ct));
    }

    private static object Complaint(string complaintId, string trackingNumber, string category, DateTime filedAt, string? text = null) =>
        new { complaintId, trackingNumber, category, filedAt = new DateTimeOffset(filedAt).ToOffset(TimeSpan.FromHours(8)), text };

    private static async Task<ComplaintsResponse> PostAsync(HttpClient http, object[] batch)
    {
        var ct = TestContext.Current.CancellationToken;
        using var response = await http.PostAsJsonAsync("/api/complaints", batch, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ComplaintsResponse>(ct))!;
    }

    private async Task<HttpClient> PlatformClientAsync(string name)
    {
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Add(ApiKeys.HeaderName,
            await server.Services.GetRequiredService<ApiKeys>().CreatePlatformKeyAsync(name, TestContext.Current.CancellationToken));
        return http;
    }

    private async Task<(HttpClient Http, string Prefix)> ArrangeAsync(string platform)
    {
        var prefix = "C" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await server.Services.GetRequiredService<IngestPipeline>().RegisterAsync(
            [new ParcelRegistration($"{prefix}ZT1", Zto, EastToEast, NextDay, Tmall, Created, Created.AddHours(36), "Name", "Phone", "Address")],
            TestContext.Current.CancellationToken);
        return (await PlatformClientAsync(platform), prefix);
    }

    private async Task<List<Complaint>> StoredAsync(string prefix, CancellationToken ct)
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(ct);
        var parcelId = await db.Parcels.Where(p => p.TrackingNumber == $"{prefix}ZT1").Select(p => p.Id).SingleAsync(ct);
        return await db.Complaints.AsNoTracking().Where(c => c.ParcelId == parcelId).ToListAsync(ct);
    }
}

using System.Net;
using System.Text;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Ingest.Webhooks;

/// <summary>The webhook door itself: its formats, the carrier's key, and bodies it cannot take.</summary>
public sealed class WebhookEndpointTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [Fact]
    public async Task An_unknown_format_gets_404_naming_the_formats()
    {
        var ct = TestContext.Current.CancellationToken;
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);

        var (status, body) = await WebhookApi.PostAsync(zto, "zto", "fedex", "{}", ct);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("kuaidi100, usps-v3, aftership, easypost", body);
    }

    [Fact]
    public async Task A_missing_key_gets_401_another_carriers_route_403_and_another_method_405()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = server.CreateClient();
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await WebhookApi.PostAsync(anonymous, "zto", "kuaidi100", "{}", ct)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await WebhookApi.PostAsync(zto, "sto", "kuaidi100", "{}", ct)).Status);
        using var get = await zto.GetAsync("/api/carriers/zto/webhooks/kuaidi100", ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task An_empty_or_oversized_body_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);

        Assert.Equal(HttpStatusCode.BadRequest, (await WebhookApi.PostAsync(zto, "zto", "aftership", "  ", ct)).Status);
        var huge = new string('x', (int)JsonBatchBody.MaxBodyBytes + 1);
        // The answer comes from the announced length, before the body is read: asked with "Expect: 100-continue", as a
        // sender of large bodies would, the client does not write the megabyte into a connection the server has closed.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/carriers/zto/webhooks/aftership")
        {
            Content = new StringContent(huge, Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;
        using var response = await zto.SendAsync(request, ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("zto", "kuaidi100", """{"lastResult":{"nu":"\ud800","data":[{"ftime":"2026-12-01 10:00:00","context":"x","status":"在途"}]}}""")]
    [InlineData("zto", "kuaidi100", """{"lastResult":{"nu":"ZT1","data":[{"\udc00":"x","ftime":"0001-01-01 00:00:00","context":"x","status":"在途"}]}}""")]
    [InlineData("usps", "usps-v3", """{"trackingNumber":"9400","expectedDeliveryTimeStamp":"9999-12-31T23:00:00","trackingEvents":[{"eventTimestamp":"9999-12-31T23:00:00","GMTOffset":"-05:00","eventCode":"01"}]}""")]
    [InlineData("zto", "aftership", """{"msg":{"tracking_number":"ZT1","checkpoints":[{"checkpoint_time":"0001-01-01T00:00:00","city":"Hangzhou","tag":"InTransit"}]}}""")]
    [InlineData("usps", "easypost", """{"object":"Event","description":"tracker.updated","result":{"tracking_code":7,"tracking_details":[{"datetime":[],"status":{}}]}}""")]
    public async Task Hostile_values_are_rejected_scan_by_scan_with_a_reason_never_answered_with_a_server_error(string carrier, string format, string body)
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = await CarrierApi.ClientAsync(server, carrier == "zto" ? Zto : Usps, ct);

        var (status, answer) = await WebhookApi.PostAsync(client, carrier, format, body, ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"rejected\":1", answer);
    }

    [Fact]
    public async Task More_scans_than_a_request_may_carry_are_refused_before_any_is_read()
    {
        var ct = TestContext.Current.CancellationToken;
        using var zto = await CarrierApi.ClientAsync(server, Zto, ct);
        var checkpoints = string.Join(",", Enumerable.Repeat("""{"tag":"InTransit"}""", JsonBatchBody.MaxItems + 1));

        var (status, answer) = await WebhookApi.PostAsync(zto, "zto", "aftership", $$"""{"msg":{"tracking_number":"ZT1","checkpoints":[{{checkpoints}}] } }""", ct);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains($"At most {JsonBatchBody.MaxItems} entries in checkpoints", answer);
    }
}

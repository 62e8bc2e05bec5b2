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
        using var response = await zto.PostAsync("/api/carriers/zto/webhooks/aftership", new StringContent(huge, Encoding.UTF8, "application/json"), ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}

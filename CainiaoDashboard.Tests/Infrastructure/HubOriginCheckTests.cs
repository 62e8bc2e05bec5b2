using System.Net.WebSockets;
using System.Net;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>The live connection (/_blazor) over real HTTP: only pages of the dashboard's own origin may open it.</summary>
public sealed class HubOriginCheckTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    private const string Negotiate = "/_blazor/negotiate?negotiateVersion=1";

    private string OwnOrigin => server.BaseAddress.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task Negotiation_is_refused_for_another_origin_and_accepted_for_the_own_one()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await server.CreateSignedInClientAsync(Roles.Manager, ct);
        var otherPort = $"http://{server.BaseAddress.Host}:{(server.BaseAddress.Port == 1 ? 2 : 1)}";

        foreach (var foreign in new[] { "https://evil.example", otherPort, OwnOrigin.Replace("http://", "https://"), "null" })
        {
            using var refused = await NegotiateAsync(http, foreign, ct);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"Origin {foreign}: {(int)refused.StatusCode}");
        }

        using var own = await NegotiateAsync(http, OwnOrigin, ct);
        using var ownUpperCase = await NegotiateAsync(http, OwnOrigin.ToUpperInvariant(), ct);
        using var noOrigin = await NegotiateAsync(http, null, ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("connectionToken", await own.Content.ReadAsStringAsync(ct));
        Assert.Equal(HttpStatusCode.OK, ownUpperCase.StatusCode);
        // A client that is not a browser sends no Origin; it still needs the sign-in cookie (see below).
        Assert.Equal(HttpStatusCode.OK, noOrigin.StatusCode);
    }

    [Fact]
    public async Task A_foreign_origin_is_refused_before_sign_in_is_checked_and_for_the_websocket_too()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = AccountClient.Create(server.BaseAddress);
        using var anonymousForeign = await NegotiateAsync(anonymous, "https://evil.example", ct);
        using var anonymousOwn = await NegotiateAsync(anonymous, OwnOrigin, ct);
        Assert.Equal(HttpStatusCode.Forbidden, anonymousForeign.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousOwn.StatusCode);

        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Origin", "https://evil.example");
        var address = new UriBuilder(server.BaseAddress) { Scheme = "ws", Path = "/_blazor", Query = "id=any" }.Uri;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(address, ct));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    private static Task<HttpResponseMessage> NegotiateAsync(HttpClient http, string? origin, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Negotiate);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return http.SendAsync(request, ct);
    }
}

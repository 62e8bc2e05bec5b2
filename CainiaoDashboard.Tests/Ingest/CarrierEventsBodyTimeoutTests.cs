using System.Net.Sockets;
using System.Text;
using CainiaoDashboard.Ingest;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace CainiaoDashboard.Tests.Ingest;

/// <summary>A request body that Kestrel cuts off for being too slow while the endpoint reads it.</summary>
public sealed class CarrierEventsBodyTimeoutTests(CarrierEventsBodyTimeoutTests.SlowBodyServer server)
    : IClassFixture<CarrierEventsBodyTimeoutTests.SlowBodyServer>
{
    [Fact]
    public async Task A_body_too_slow_for_kestrel_answers_408_and_logs_one_warning_without_a_stack_trace()
    {
        var ct = TestContext.Current.CancellationToken;
        using var tcp = await SendHeadAndStartOfBodyAsync(contentLength: 10_000, ct);

        // Kestrel's minimum body data rate (240 bytes a second after a grace period of 2 s here) ends the read.
        var answer = await ReadAnswerAsync(tcp.GetStream(), ct);

        Assert.StartsWith("HTTP/1.1 408", answer);
        AssertOneWarningAndNoError(408);
    }

    private void AssertOneWarningAndNoError(int status)
    {
        // Kestrel logs its own connection close after the response; give it a moment before looking.
        Thread.Sleep(200);
        var entries = server.Logs.Entries;
        var warning = Assert.Single(entries, e => e.Level == LogLevel.Warning && e.Category == typeof(CarrierEventsEndpoint).FullName);
        Assert.Contains(status.ToString(), warning.Message);
        Assert.Null(warning.Exception);
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(entries, e => e.Exception is Microsoft.AspNetCore.Http.BadHttpRequestException && e.Level >= LogLevel.Warning);
    }

    private async Task<TcpClient> SendHeadAndStartOfBodyAsync(int contentLength, CancellationToken ct)
    {
        var key = await server.Services.GetRequiredService<ApiKeys>().CreateCarrierKeyAsync(Zto, ct);
        server.Logs.Clear();
        var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port, ct);
        var head = $"POST /api/carriers/zto/events HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\n{ApiKeys.HeaderName}: {key}\r\n"
            + $"Content-Type: application/json\r\nContent-Length: {contentLength}\r\n\r\n[{{\"eventId\": ";
        await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head), ct);
        return tcp;
    }

    private static async Task<string> ReadAnswerAsync(NetworkStream stream, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var answer = new StringBuilder();
        var buffer = new byte[4096];
        int read;
        while ((read = await stream.ReadAsync(buffer, timeout.Token)) > 0)
        {
            answer.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return answer.ToString();
    }

    /// <summary>The dashboard with a short grace period for slow bodies and its log entries kept.</summary>
    public sealed class SlowBodyServer : DashboardServer
    {
        public CapturedLogs Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            builder.ConfigureTestServices(services => services.Configure<KestrelServerOptions>(options =>
                options.Limits.MinRequestBodyDataRate = new MinDataRate(240, TimeSpan.FromSeconds(2))));
        }
    }
}

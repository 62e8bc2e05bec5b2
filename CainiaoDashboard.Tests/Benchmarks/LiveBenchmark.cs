using System.Collections.Concurrent;
using System.Globalization;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Benchmarks;

/// <summary>
/// <c>bench live</c>: the real dashboard on Kestrel and the overview open in headless Chromium. Each sample
/// commits one new parcel with its pick-up scan and measures the wall-clock time from the commit to the moment
/// the page's in-flight KPI shows it. Lives in the test project so the app never depends on a browser driver.
/// </summary>
public static class LiveBenchmark
{
    private const int Warmup = 5;

    // Test instrumentation injected into the page, not app code: records when the in-flight value changes.
    private const string RecordChanges = """
        () => {
            const changes = [];
            new MutationObserver(records => {
                for (const r of records) {
                    if (r.target.dataset.kpi === 'in_flight') changes.push({ value: r.target.dataset.value, at: Date.now() });
                }
            }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-value'] });
            document.body.inFlightChanges = changes;
        }
        """;

    public static async Task<int> RunAsync(int samples)
    {
        if (Chromium.FindExecutable() is null)
        {
            Console.Error.WriteLine($"bench live needs Chromium. {Chromium.InstallHint}");
            return 1;
        }

        await using var server = new DashboardServer();
        await server.InitializeAsync();
        await using var browser = new BrowserFixture();
        await browser.InitializeAsync();
        var page = await browser.OpenInteractiveAsync(server, Roles.Manager, "/");
        await page.EvaluateAsync(RecordChanges);

        var pipeline = server.Services.GetRequiredService<IngestPipeline>();
        var commits = new ConcurrentDictionary<string, DateTimeOffset>();
        pipeline.Committed += committed =>
        {
            foreach (var accepted in committed.AcceptedEvents) commits[accepted.TrackingNumber] = committed.CommittedAt;
        };

        var random = new Random(20261126);
        var latencies = new List<double>();
        var inFlight = 0L;
        Console.WriteLine($"Measuring {samples} commits to the overview in Chromium ({Warmup} warm-up)…");
        for (var i = 0; i < samples + Warmup; i++)
        {
            var trackingNumber = $"LB{i:D8}";
            await pipeline.SubmitAsync(NewParcelPickedUp(trackingNumber, DateTime.UtcNow));
            inFlight++;

            var expected = inFlight.ToString(CultureInfo.InvariantCulture);
            var shownAt = await page.WaitForFunctionAsync(
                "v => (document.body.inFlightChanges.find(c => c.value === v) || {}).at", expected,
                new PageWaitForFunctionOptions { Timeout = 10_000, PollingInterval = 20 });
            var latency = await shownAt.JsonValueAsync<double>() - commits[trackingNumber].ToUnixTimeMilliseconds();
            if (i >= Warmup) latencies.Add(latency);

            // Irregular spacing, so commits do not fall into step with the page's render cap.
            await Task.Delay(random.Next(100, 700));
        }

        latencies.Sort();
        var p50 = Percentile(latencies, 0.50);
        var p95 = Percentile(latencies, 0.95);
        Console.WriteLine($"Commit to DOM: min {latencies[0]:F0} ms, p50 {p50:F0} ms, p95 {p95:F0} ms, max {latencies[^1]:F0} ms over {latencies.Count} samples");
        Console.WriteLine($"(notifier refreshes at most every {LiveOperations.MinimumInterval.TotalMilliseconds:F0} ms; pages render at most twice a second)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $$"""{"bench":"live","samples":{{latencies.Count}},"p50_ms":{{p50:F1}},"p95_ms":{{p95:F1}}}"""));
        return 0;
    }

    /// <summary>One new parcel, registered half an hour before <paramref name="nowUtc"/> and picked up a minute before.</summary>
    internal static IngestBatch NewParcelPickedUp(string trackingNumber, DateTime nowUtc)
    {
        var created = nowUtc.AddMinutes(-30);
        return new IngestBatch(
            [new ParcelRegistration(trackingNumber, Zto, EastToEast, NextDay, Tmall, created, created.AddHours(36), "Bench", "-", "-")],
            [new CarrierEvent(Zto, $"{trackingNumber}-GOT", trackingNumber, ParcelStatus.PickedUp, ParcelSubStatus.None, "GOT", "揽收", Hangzhou, nowUtc.AddMinutes(-1))],
            []);
    }

    internal static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Benchmarks;

/// <summary>
/// <c>bench circuits</c>: many overview pages open at once in one headless Chromium against one server (Kestrel,
/// in this process) with the simulator on. Reports what each open circuit adds to the server's managed heap and
/// working set, the process's CPU per second of live traffic, and the commit-to-DOM p95 over every page: marker
/// parcels are committed through the pipeline between the simulator's own batches, and each page records when its
/// event feed first lists each one.
/// </summary>
public static class CircuitsBenchmark
{
    // Each page is a renderer process in the browser; beyond this a typo, not a measurement.
    public const int MaxPages = 500;

    private const string MarkerPrefix = "CIRCUIT";
    private const string Overview = "/";
    private const double BytesPerKb = 1024;
    private const int ProgressEvery = 10;
    // Each blank page still costs the browser a renderer process; a sample is enough for the client's share.
    private const int BlankPagesMeasured = 20;
    private const int BrowserPagesSampled = 10;

    // Lets the opened pages' first renders, JS interop and SignalR buffers finish before memory is measured.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);
    // A marker committed at the end of the window still gets time to reach every page.
    private static readonly TimeSpan LastMarkerGrace = TimeSpan.FromSeconds(5);

    // Test instrumentation injected into each page, not app code: when each marker parcel first shows in the feed.
    private const string RecordMarkers = """
        prefix => {
            const seen = {};
            const record = () => {
                const now = Date.now();
                for (const item of document.querySelectorAll(`[data-tracking^="${prefix}"]`)) {
                    if (!(item.dataset.tracking in seen)) seen[item.dataset.tracking] = now;
                }
            };
            new MutationObserver(record).observe(document.body,
                { subtree: true, childList: true, attributes: true, attributeFilter: ['data-tracking'] });
            window.markersSeen = seen;
        }
        """;

    public static async Task<int> RunAsync(int pages, TimeSpan window)
    {
        if (Chromium.FindExecutable() is null)
        {
            Console.Error.WriteLine($"bench circuits needs Chromium. {Chromium.InstallHint}");
            return 1;
        }

        // Measured with the server and browser running, printed once both are gone so no shutdown output follows the JSON.
        var figures = await MeasureAsync(pages, window);
        figures.Print();
        return 0;
    }

    private static async Task<CircuitFigures> MeasureAsync(int pages, TimeSpan window)
    {
        await using var server = SimulatedTrafficServer.AtTheAppsRate();
        server.WithSetting("Logging:LogLevel:Default", "Warning");
        await server.InitializeAsync();
        Console.WriteLine("Seeding a day of history with the simulator on (12,000 parcels a day)…");
        await server.WaitForSeedingAsync(CancellationToken.None);

        await using var browser = new BrowserFixture();
        await browser.InitializeAsync();
        var context = await browser.NewSignedInContextAsync(server, Roles.Manager);
        var openPages = new List<IPage> { await OpenOverviewAsync(context) };
        await Task.Delay(Settle);
        var withOnePage = ServerMemory.Measure();
        var oneOverviewCpu = await CpuMillisecondsPerSecondAsync(window);
        Console.WriteLine($"Server with one overview open: managed heap {withOnePage.HeapMb:F1} MB, working set {withOnePage.WorkingSetMb:F1} MB, CPU {oneOverviewCpu:F1} ms/s");

        var playwrightKbPerPage = await PlaywrightClientKbPerPageAsync(browser, server, Math.Min(pages, BlankPagesMeasured));
        Console.WriteLine($"(the Playwright client in this process holds {playwrightKbPerPage:F1} KB of managed heap per open page, measured on blank pages; it is included below)");

        Console.WriteLine($"Opening {pages} more overview pages in one browser context…");
        var opening = Stopwatch.StartNew();
        for (var i = 1; i <= pages; i++)
        {
            openPages.Add(await OpenOverviewAsync(context));
            if (i % ProgressEvery == 0 && i < pages) Console.WriteLine($"  {i} open after {opening.Elapsed.TotalSeconds:F0} s");
        }

        Console.WriteLine($"Opened in {opening.Elapsed.TotalSeconds:F1} s");
        await Task.Delay(Settle);
        var withAllPages = ServerMemory.Measure();

        var pipeline = server.Services.GetRequiredService<IngestPipeline>();
        var appClock = server.Services.GetRequiredService<TimeProvider>();
        var committedAt = new ConcurrentDictionary<string, DateTimeOffset>();
        // The commit's own CommittedAt is on the app's clock, which this server shifts; pages record wall time.
        pipeline.Committed += committed =>
        {
            var wallNow = DateTimeOffset.UtcNow;
            foreach (var accepted in committed.AcceptedEvents)
            {
                if (accepted.TrackingNumber.StartsWith(MarkerPrefix, StringComparison.Ordinal)) committedAt[accepted.TrackingNumber] = wallNow;
            }
        };

        Console.WriteLine($"Committing marker parcels for {window.TotalSeconds:F0} s of live traffic…");
        var random = new Random(20261203);
        var markers = 0;
        var browserTime = await BrowserPageCost.StartAsync(openPages.Take(BrowserPagesSampled));
        var allPagesCpu = await CpuMillisecondsPerSecondAsync(window, async () =>
        {
            var trackingNumber = $"{MarkerPrefix}{markers++:D6}";
            await pipeline.SubmitAsync(LiveBenchmark.NewParcelPickedUp(trackingNumber, appClock.GetUtcNow().UtcDateTime));
            // Irregular spacing, so commits do not fall into step with the pages' render cap.
            await Task.Delay(random.Next(600, 1400));
        });
        var browserSpent = await browserTime.StopAsync();
        await Task.Delay(LastMarkerGrace);

        var latencies = new List<double>();
        var missed = 0;
        var collectedAt = DateTimeOffset.UtcNow;
        var seenByPage = await Task.WhenAll(openPages.Select(page => page.EvaluateAsync<Dictionary<string, double>>("() => window.markersSeen")));
        foreach (var seen in seenByPage)
        {
            foreach (var (trackingNumber, committed) in committedAt)
            {
                if (seen.TryGetValue(trackingNumber, out var shownAt))
                {
                    latencies.Add(shownAt - committed.ToUnixTimeMilliseconds());
                }
                else
                {
                    // Never shown (or already pushed out of the feed's ten rows): counted as the whole wait, a lower bound.
                    missed++;
                    latencies.Add((collectedAt - committed).TotalMilliseconds);
                }
            }
        }

        latencies.Sort();
        return new CircuitFigures(pages, withOnePage, withAllPages, oneOverviewCpu, allPagesCpu, playwrightKbPerPage,
            openPages.Count, committedAt.Count, latencies, missed, browserSpent);
    }

    private static async Task<IPage> OpenOverviewAsync(IBrowserContext context)
    {
        var page = await context.OpenInteractiveAsync(Overview);
        await page.EvaluateAsync(RecordMarkers, MarkerPrefix);
        return page;
    }

    /// <summary>
    /// The server runs in this process next to the Playwright client, whose objects per page count in the same heap:
    /// as many blank pages, opened and closed again, show how much of a circuit's figure is the client's.
    /// </summary>
    private static async Task<double> PlaywrightClientKbPerPageAsync(BrowserFixture browser, DashboardServer server, int pages)
    {
        var before = ServerMemory.Measure();
        var context = await browser.NewSignedInContextAsync(server, Roles.Manager);
        for (var i = 0; i < pages; i++) await context.NewPageAsync();
        var after = ServerMemory.Measure();
        await context.CloseAsync();
        return (after.HeapBytes - before.HeapBytes) / BytesPerKb / pages;
    }

    /// <summary>The process's CPU time per wall second over <paramref name="window"/>, running <paramref name="step"/> meanwhile.</summary>
    private static async Task<double> CpuMillisecondsPerSecondAsync(TimeSpan window, Func<Task>? step = null)
    {
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        while (wall.Elapsed < window)
        {
            await (step?.Invoke() ?? Task.Delay(window));
        }

        process.Refresh();
        return (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / wall.Elapsed.TotalSeconds;
    }

    /// <param name="LargeObjectBytes">Of the heap, arrays of 85,000 bytes and more (render and JSON buffers land here).</param>
    /// <param name="PinnedObjectBytes">Of the heap, the pinned buffers Kestrel and SignalR pool for their connections.</param>
    private readonly record struct ServerMemory(long HeapBytes, long WorkingSetBytes, long LargeObjectBytes, long PinnedObjectBytes)
    {
        public double HeapMb => HeapBytes / BytesPerKb / BytesPerKb;

        public double WorkingSetMb => WorkingSetBytes / BytesPerKb / BytesPerKb;

        /// <summary>Live managed bytes after a full, blocking collection, and the working set read fresh.</summary>
        public static ServerMemory Measure()
        {
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            var generations = GC.GetGCMemoryInfo(GCKind.FullBlocking).GenerationInfo;
            using var process = Process.GetCurrentProcess();
            return new ServerMemory(heap, process.WorkingSet64, generations[3].SizeAfterBytes, generations[4].SizeAfterBytes);
        }
    }

    private sealed record CircuitFigures(
        int Pages, ServerMemory WithOnePage, ServerMemory WithAllPages, double OneOverviewCpu, double AllPagesCpu,
        double PlaywrightKbPerPage, int ObservedPages, int Markers, List<double> SortedLatencies, int Missed, BrowserTime Browser)
    {
        public void Print()
        {
            var heapKbPerCircuit = (WithAllPages.HeapBytes - WithOnePage.HeapBytes) / BytesPerKb / Pages;
            var workingSetKbPerCircuit = (WithAllPages.WorkingSetBytes - WithOnePage.WorkingSetBytes) / BytesPerKb / Pages;
            var p50 = LiveBenchmark.Percentile(SortedLatencies, 0.50);
            var p95 = LiveBenchmark.Percentile(SortedLatencies, 0.95);
            Console.WriteLine($"Server with {Pages} more pages: managed heap {WithAllPages.HeapMb:F1} MB, working set {WithAllPages.WorkingSetMb:F1} MB");
            Console.WriteLine($"Per open circuit: {heapKbPerCircuit:F1} KB managed heap (target 300 KB), {workingSetKbPerCircuit:F1} KB working set");
            Console.WriteLine($"  of the heap: {PerCircuitKb(m => m.LargeObjectBytes):F1} KB in large objects, {PerCircuitKb(m => m.PinnedObjectBytes):F1} KB in pinned buffers");
            Console.WriteLine($"CPU of the process over the window (simulator, ingest, {ObservedPages} circuits, the Playwright client): {AllPagesCpu:F1} ms/s (one page: {OneOverviewCpu:F1} ms/s)");
            Console.WriteLine($"Browser over the window: {Browser}");
            Console.WriteLine($"Commit to DOM over {ObservedPages} pages x {Markers} markers: min {SortedLatencies[0]:F0} ms, p50 {p50:F0} ms, p95 {p95:F0} ms (target 1,000 ms), max {SortedLatencies[^1]:F0} ms; {Missed} never shown");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $$"""{"bench":"circuits","pages":{{Pages}},"kb_per_circuit":{{heapKbPerCircuit:F1}},"cpu_ms_per_s":{{AllPagesCpu:F1}},"p95_ms":{{p95:F1}}}"""));
        }

        private double PerCircuitKb(Func<ServerMemory, long> part) => (part(WithAllPages) - part(WithOnePage)) / BytesPerKb / Pages;
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace CainiaoDashboard.Tests.Benchmarks;

/// <summary>
/// What live pages cost the browser: each sampled page's Chrome DevTools Protocol Performance metrics (totals since the
/// page opened: CPU of its renderer and of its main thread, main-thread time in script, style and layout, layouts),
/// read before and after a window and given per wall second. At many pages on two cores the browser, not the server,
/// sets the latency.
/// </summary>
internal sealed class BrowserPageCost
{
    private static readonly string[] Metrics =
        ["TaskDuration", "ScriptDuration", "RecalcStyleDuration", "LayoutDuration", "ThreadTime", "ProcessTime", "LayoutCount"];

    private readonly List<ICDPSession> sessions;
    private readonly double[] atStart;
    private readonly Stopwatch wall = Stopwatch.StartNew();

    private BrowserPageCost(List<ICDPSession> sessions, double[] atStart) => (this.sessions, this.atStart) = (sessions, atStart);

    public static async Task<BrowserPageCost> StartAsync(IEnumerable<IPage> pages)
    {
        var sessions = new List<ICDPSession>();
        foreach (var page in pages)
        {
            var session = await page.Context.NewCDPSessionAsync(page);
            await session.SendAsync("Performance.enable");
            sessions.Add(session);
        }

        return new BrowserPageCost(sessions, await SumAsync(sessions));
    }

    /// <summary>Per wall second per page: milliseconds of each metric, layouts in thousandths.</summary>
    public async Task<BrowserTime> StopAsync()
    {
        var atEnd = await SumAsync(sessions);
        var perPagePerSecond = atEnd.Zip(atStart, (end, start) => (end - start) * 1000 / sessions.Count / wall.Elapsed.TotalSeconds).ToArray();
        foreach (var session in sessions) await session.DetachAsync();
        return new BrowserTime(sessions.Count, perPagePerSecond[0], perPagePerSecond[1], perPagePerSecond[2], perPagePerSecond[3],
            perPagePerSecond[4], perPagePerSecond[5], perPagePerSecond[6] / 1000);
    }

    private static async Task<double[]> SumAsync(List<ICDPSession> sessions)
    {
        var sums = new double[Metrics.Length];
        foreach (var session in sessions)
        {
            var reply = await session.SendAsync("Performance.getMetrics");
            foreach (var metric in reply!.Value.GetProperty("metrics").EnumerateArray())
            {
                var index = Array.IndexOf(Metrics, metric.GetProperty("name").GetString());
                if (index >= 0) sums[index] += metric.GetProperty("value").GetDouble();
            }
        }

        return sums;
    }
}

/// <param name="TaskMs">Main-thread tasks, wall time: it grows with the wait for a core when the browser is saturated.</param>
/// <param name="MainThreadCpuMs">The main thread's CPU time.</param>
/// <param name="ProcessCpuMs">The page's renderer process's CPU time (compositing and raster threads too).</param>
internal readonly record struct BrowserTime(
    int Pages, double TaskMs, double ScriptMs, double StyleMs, double LayoutMs, double MainThreadCpuMs, double ProcessCpuMs, double LayoutsPerSecond)
{
    public override string ToString() =>
        $"renderer CPU {ProcessCpuMs:F1} ms/s per page, of which main thread {MainThreadCpuMs:F1}; main-thread tasks {TaskMs:F1} ms/s " +
        $"(script {ScriptMs:F1}, style {StyleMs:F1}, layout {LayoutMs:F1}), {LayoutsPerSecond:F2} layouts/s ({Pages} pages sampled)";
}

using System.Diagnostics;

namespace CainiaoDashboard.Benchmarks;

/// <summary>Timing shared by the bench commands: one warm-up run, then wall-clock samples and their percentiles.</summary>
public static class BenchmarkTimer
{
    /// <summary>Runs <paramref name="work"/> once to warm up (JIT, page cache, EF model), then times each sample.</summary>
    public static async Task<double[]> TimeAsync(int samples, Func<int, Task> work)
    {
        await work(0);
        var times = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await work(i);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        return times;
    }

    public static Task<double[]> TimeAsync(int samples, Func<Task> work) => TimeAsync(samples, _ => work());

    /// <summary>Nearest-rank percentile (p in 0..1) of the values, in their unit.</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The median and the 95th percentile of timed samples, as every bench prints them.</summary>
    public static string Quantiles(double[] times, string format = "F2") =>
        $"p50 {Percentile(times, 0.5).ToString(format)} ms, p95 {Percentile(times, 0.95).ToString(format)} ms";
}

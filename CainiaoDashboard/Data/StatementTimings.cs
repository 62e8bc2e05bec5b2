using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CainiaoDashboard.Data;

/// <summary>
/// Where a writer's time goes, per stage (a group of statements, the commit): counts and elapsed time. Benchmarks
/// hand one to the writer and print it; the dashboard runs without. Not thread-safe: one writer records into it.
/// </summary>
public sealed class StatementTimings
{
    private readonly Dictionary<string, (long Count, long Ticks)> stages = new(StringComparer.Ordinal);

    /// <summary>Adds the time since <paramref name="startTimestamp"/> (a <see cref="Stopwatch.GetTimestamp"/>) to the stage.</summary>
    public void Add(string stage, long startTimestamp)
    {
        var elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        // One lookup: this runs for every statement a timed writer executes, and its cost is counted as the writer's.
        ref var totals = ref CollectionsMarshal.GetValueRefOrAddDefault(stages, stage, out _);
        totals = (totals.Count + 1, totals.Ticks + elapsed);
    }

    public IReadOnlyList<StageTiming> Stages =>
        [.. stages.Select(s => new StageTiming(s.Key, s.Value.Count, Stopwatch.GetElapsedTime(0, s.Value.Ticks))).OrderByDescending(s => s.Elapsed)];
}

public sealed record StageTiming(string Stage, long Count, TimeSpan Elapsed);

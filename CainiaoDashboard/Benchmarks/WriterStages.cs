using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Benchmarks;

/// <summary>Where the ingest writer's time went, as bench ingest and bench seed print it.</summary>
public static class WriterStages
{
    /// <summary>
    /// Each stage's share of the writer's batches; "in memory" is what no statement accounts for. Where the store timed
    /// no statements (PostgreSQL), only the commit is apart, and the rest is named "statements and in memory".
    /// </summary>
    public static void Print(IReadOnlyList<StageTiming> stages)
    {
        var batches = stages.FirstOrDefault(s => s.Stage == IngestWriter.BatchStage);
        if (batches is null) return;
        var statements = stages.Where(s => s != batches).ToList();
        var rest = batches.Elapsed - statements.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
        // A store that times only the commit (PostgreSQL's) leaves the statements inside the rest: named as such.
        var timedApart = statements.Any(s => s.Stage != IngestWriter.CommitStage);
        Console.WriteLine($"Writer: {batches.Count:N0} batches, {batches.Elapsed.TotalSeconds:F2} s");
        var rows = statements.Append(new StageTiming(timedApart ? "in memory" : "statements and in memory", 0, rest)).ToList();
        var width = Math.Max(11, rows.Max(r => r.Stage.Length));
        foreach (var (stage, count, elapsed) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stage.PadRight(width)} {elapsed.TotalSeconds,8:F2} s {elapsed / batches.Elapsed,6:P0} {(count > 0 ? $"{count:N0} calls" : "")}"));
        }
    }
}

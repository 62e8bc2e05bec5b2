using System.Globalization;
using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Benchmarks;

/// <summary>Where the ingest writer's time went, as bench ingest and bench seed print it.</summary>
public static class WriterStages
{
    /// <summary>Each stage's share of the writer's batches; "in memory" is what no statement accounts for.</summary>
    public static void Print(IReadOnlyList<StageTiming> stages)
    {
        var batches = stages.FirstOrDefault(s => s.Stage == IngestWriter.BatchStage);
        if (batches is null) return;
        var statements = stages.Where(s => s != batches).ToList();
        var inMemory = batches.Elapsed - statements.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Elapsed);
        Console.WriteLine($"Writer: {batches.Count:N0} batches, {batches.Elapsed.TotalSeconds:F2} s");
        foreach (var (stage, count, elapsed) in statements.Append(new StageTiming("in memory", 0, inMemory)))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {stage,-11} {elapsed.TotalSeconds,8:F2} s {elapsed / batches.Elapsed,6:P0} {(count > 0 ? $"{count:N0} calls" : "")}"));
        }
    }
}

namespace CainiaoDashboard.Benchmarks;

/// <summary>The process's garbage collections so far: how often each generation ran and how long the runtime paused for them.</summary>
public readonly record struct GarbageCollections(int Gen0, int Gen1, int Gen2, TimeSpan Paused)
{
    public static GarbageCollections Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GarbageCollections operator -(GarbageCollections after, GarbageCollections before) =>
        new(after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Paused - before.Paused);

    public override string ToString() =>
        $"{Gen0:N0} gen0, {Gen1:N0} gen1, {Gen2:N0} gen2 collections, {Paused.TotalSeconds:F2} s paused";
}

using System.Collections.Concurrent;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// The executive pages' read side: <see cref="VolumeQuery"/> and <see cref="FlowQuery"/> behind a small cache
/// keyed by the view and the <see cref="ExecutiveUpdates"/> version. Pages showing the same range share one
/// read per refresh; a new version drops the older entries.
/// </summary>
public sealed class ExecutiveReads(VolumeQuery volume, FlowQuery flows, ExecutiveUpdates updates, TimeProvider time)
{
    private const int MaxEntries = 64;
    private readonly ConcurrentDictionary<(long Version, string Key), Lazy<Task<object>>> cache = new();

    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    public int Today => OperationsCalendar.DayOf(NowUtc);

    // Reads are shared between callers, so no caller's cancellation may end them.
    public async Task<VolumeReadout> VolumeAsync(DayRange range, StackBy stack) =>
        (VolumeReadout)await CachedAsync($"volume/{range.FromDay}/{range.ToDay}/{stack}",
            async () => await volume.ReadAsync(range, stack, NowUtc));

    public async Task<FlowReadout> FlowsAsync(DayRange range) =>
        (FlowReadout)await CachedAsync($"flows/{range.FromDay}/{range.ToDay}",
            async () => await flows.ReadAsync(range, NowUtc));

    private async Task<object> CachedAsync(string key, Func<Task<object>> read)
    {
        var current = updates.Version;
        var entry = cache.GetOrAdd((current, key), _ => new Lazy<Task<object>>(read));
        if (cache.Count > 1) Evict(current);
        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed read is not remembered: the next request tries again.
            cache.TryRemove(new KeyValuePair<(long, string), Lazy<Task<object>>>((current, key), entry));
            throw;
        }
    }

    private void Evict(long current)
    {
        foreach (var key in cache.Keys)
        {
            if (key.Version < current || cache.Count > MaxEntries) cache.TryRemove(key, out _);
        }
    }
}

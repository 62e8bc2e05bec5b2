using CainiaoDashboard.Ingest;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Services.Executive;

public sealed class ExecutiveOptions
{
    public const string Section = "Executive";

    /// <summary>At most one refresh of the executive pages per this many seconds while data arrives.</summary>
    public double RefreshSeconds { get; set; } = 5;

    /// <summary>Refresh at least this often without new data, so "today so far" and day changes follow the clock.</summary>
    public double IdleRefreshSeconds { get; set; } = 60;
}

/// <summary>
/// The singleton notifier behind <c>/volume</c> and <c>/flows</c>: it listens to <see cref="IngestPipeline.Committed"/>
/// and raises <see cref="Changed"/> at most once per <see cref="ExecutiveOptions.RefreshSeconds"/> (trailing edge,
/// so the last commit is always shown), plus an idle tick. The version it carries keys <see cref="ExecutiveReads"/>'
/// cache, so any number of open pages showing the same view cost one read per refresh.
/// </summary>
public sealed class ExecutiveUpdates : IDisposable
{
    private readonly IngestPipeline pipeline;
    private readonly TimeSpan interval;
    private readonly TimeSpan idle;
    private readonly Timer timer;
    private readonly Lock gate = new();
    private long version = 1;
    private long lastPublishTicks;
    private bool scheduled;

    public ExecutiveUpdates(IngestPipeline pipeline, IOptions<ExecutiveOptions> options)
    {
        this.pipeline = pipeline;
        interval = TimeSpan.FromSeconds(Math.Max(0.1, options.Value.RefreshSeconds));
        idle = TimeSpan.FromSeconds(Math.Max(1, options.Value.IdleRefreshSeconds));
        // Wall-clock timers on purpose: they pace reads, they are not domain time.
        timer = new Timer(_ => Publish(), null, idle, idle);
        pipeline.Committed += OnCommitted;
    }

    public long Version => Interlocked.Read(ref version);

    /// <summary>Raised on a timer thread with the new version; handlers marshal to their own context.</summary>
    public event Action<long>? Changed;

    private void OnCommitted(IngestCommitted commit)
    {
        lock (gate)
        {
            if (scheduled) return;
            scheduled = true;
            var since = TimeSpan.FromMilliseconds(Environment.TickCount64 - lastPublishTicks);
            var due = since >= interval ? TimeSpan.FromMilliseconds(50) : interval - since;
            timer.Change(due, idle);
        }
    }

    private void Publish()
    {
        long next;
        lock (gate)
        {
            scheduled = false;
            lastPublishTicks = Environment.TickCount64;
            next = Interlocked.Increment(ref version);
        }

        foreach (var subscriber in Changed?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<long>)subscriber)(next);
            }
            catch (Exception)
            {
                // One failing page must not stop the others from refreshing.
            }
        }
    }

    public void Dispose()
    {
        pipeline.Committed -= OnCommitted;
        timer.Dispose();
    }
}

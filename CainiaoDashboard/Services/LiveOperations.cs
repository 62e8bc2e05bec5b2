using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Services;

/// <summary>
/// The singleton notifier behind every live page. After ingest commits (and at least every
/// <see cref="IdleRefresh"/>, because overdue and stalled counts move with the clock) it reads the rollups
/// once, builds one immutable <see cref="OperationsSnapshot"/> and publishes it to all subscribers. Refreshes
/// are coalesced to at most one per <see cref="MinimumInterval"/>, so the database work does not depend on
/// the commit rate or on how many pages are open.
/// </summary>
public sealed class LiveOperations : BackgroundService
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>While history is seeded, refreshes leave the cores to the writer.</summary>
    public static readonly TimeSpan SeedingInterval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan IdleRefresh = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMinutes(10);
    private const int FeedLength = 100;

    private readonly IngestPipeline pipeline;
    private readonly RollupWindow window;
    private readonly TimeProvider time;
    private readonly ILogger<LiveOperations> logger;
    private readonly SemaphoreSlim changed = new(0, 1);
    private readonly Lock feedLock = new();
    private readonly LinkedList<LiveEvent> feed = new();
    private readonly List<StateSample> samples = [];
    private volatile SeedingProgress seeding = SeedingProgress.NotStarted;
    private volatile OperationsSnapshot current = OperationsSnapshot.Empty;
    private long version;

    public LiveOperations(IngestPipeline pipeline, OperationsSnapshotQuery query, TimeProvider time, ILogger<LiveOperations> logger)
    {
        this.pipeline = pipeline;
        window = new RollupWindow(query);
        this.time = time;
        this.logger = logger;
        pipeline.Committed += OnCommitted;
    }

    public OperationsSnapshot Current => current;

    /// <summary>Raised on a background thread; handlers must marshal to their own context and return quickly.</summary>
    public event Action<OperationsSnapshot>? Published;

    /// <summary>How many snapshots were read from the database (diagnostics and tests).</summary>
    public long Refreshes => Interlocked.Read(ref version);

    public void ReportSeeding(SeedingProgress progress)
    {
        seeding = progress;
        Signal();
    }

    private void OnCommitted(IngestCommitted commit)
    {
        window.Invalidate(commit.Touched);
        if (commit.AcceptedEvents.Count > 0)
        {
            lock (feedLock)
            {
                // Only the newest events matter for the feed; a big batch contributes its tail.
                foreach (var e in commit.AcceptedEvents.Skip(Math.Max(0, commit.AcceptedEvents.Count - FeedLength)))
                {
                    feed.AddFirst(new LiveEvent(e.EventUtc, e.CarrierId, e.TrackingNumber, e.Status, e.SubStatus, e.RawCode, e.RawText, e.HubId));
                    if (feed.Count > FeedLength) feed.RemoveLast();
                }
            }
        }

        Signal();
    }

    private void Signal()
    {
        // A count of at most one: any number of commits between two refreshes make one refresh.
        try
        {
            if (changed.CurrentCount == 0) changed.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A failed read must not end live updates; the next commit or the idle timer retries.
                logger.LogError(ex, "Refreshing the live operations snapshot failed.");
            }

            try
            {
                // Wall-clock waits on purpose: they pace database work, they are not domain time.
                await Task.Delay(seeding.Running ? SeedingInterval : MinimumInterval, stoppingToken);
                await changed.WaitAsync(IdleRefresh, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var readout = await window.RefreshAsync(now, cancellationToken);
        LiveEvent[] latest;
        lock (feedLock) latest = [.. feed];

        if (samples.Count == 0 || now - samples[^1].AtUtc >= SampleEvery)
        {
            samples.Add(new StateSample(now, readout.OpenParcels));
            samples.RemoveAll(s => now - s.AtUtc > TimeSpan.FromHours(49));
        }

        var snapshot = new OperationsSnapshot(now, Interlocked.Increment(ref version), readout.Hours, readout.Statuses,
            readout.OpenParcels, readout.Transit, latest, [.. samples], seeding);
        current = snapshot;
        foreach (var subscriber in Published?.GetInvocationList() ?? [])
        {
            try
            {
                ((Action<OperationsSnapshot>)subscriber)(snapshot);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A snapshot subscriber failed.");
            }
        }
    }

    public override void Dispose()
    {
        pipeline.Committed -= OnCommitted;
        changed.Dispose();
        base.Dispose();
    }
}

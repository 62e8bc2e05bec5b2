using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared.Live;
using CainiaoDashboard.Simulation;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// The live operations notifier behind every live page: a <see cref="LiveNotifier{T}"/> of
/// <see cref="OperationsSnapshot"/>s, signalled by ingest commits and seeding progress (and read at least every
/// <see cref="IdleRefresh"/>, because overdue and stalled counts move with the clock). Each read builds one
/// immutable snapshot from the rollups for all pages, at most one per <see cref="MinimumInterval"/>.
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
    private readonly Lock feedLock = new();
    private readonly LinkedList<LiveEvent> feed = new();
    private readonly List<StateSample> samples = [];
    private readonly SeedingStatus seeding;
    private readonly bool hideSimulated;
    private long version;

    public LiveOperations(IngestPipeline pipeline, OperationsSnapshotQuery query, SeedingStatus seeding, TimeProvider time,
        ILogger<LiveOperations> logger, IOptions<SimulatorOptions>? simulator = null)
    {
        this.pipeline = pipeline;
        hideSimulated = simulator?.Value.HideParcels == true;
        this.seeding = seeding;
        window = new RollupWindow(query);
        this.time = time;
        // Wall-clock pacing on purpose: it paces database work, it is not domain time.
        Updates = new LiveNotifier<OperationsSnapshot>(OperationsSnapshot.Empty, ReadAsync,
            new LivePacing(() => seeding.Current.Running ? SeedingInterval : MinimumInterval, IdleRefresh), TimeProvider.System, logger);
        pipeline.Committed += OnCommitted;
        seeding.Changed += Updates.Signal;
    }

    /// <summary>The snapshots, for pages to follow.</summary>
    public LiveNotifier<OperationsSnapshot> Updates { get; }

    public OperationsSnapshot Current => Updates.Current;

    /// <summary>How many snapshots were read from the database (diagnostics and tests).</summary>
    public long Refreshes => Updates.Reads;

    private void OnCommitted(IngestCommitted commit)
    {
        window.Invalidate(commit.Touched);
        IReadOnlyList<CarrierEvent> shown = hideSimulated
            ? [.. commit.AcceptedEvents.Where(e => !SimulatedParcels.IsSimulated(e.TrackingNumber))]
            : commit.AcceptedEvents;
        if (shown.Count > 0)
        {
            lock (feedLock)
            {
                // Only the newest events matter for the feed; a big batch contributes its tail.
                foreach (var e in shown.Skip(Math.Max(0, shown.Count - FeedLength)))
                {
                    feed.AddFirst(new LiveEvent(e.EventUtc, e.CarrierId, e.TrackingNumber, e.Status, e.SubStatus, e.RawCode, e.RawText, e.HubId));
                    if (feed.Count > FeedLength) feed.RemoveLast();
                }
            }
        }

        Updates.Signal();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Updates.Start();
        return Task.CompletedTask;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // No reads while the host shuts the database down.
        Updates.Dispose();
        await base.StopAsync(cancellationToken);
    }

    private async Task<OperationsSnapshot> ReadAsync(CancellationToken cancellationToken)
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

        return new OperationsSnapshot(now, ++version, readout.Hours, readout.Statuses,
            readout.OpenParcels, readout.Transit, latest, [.. samples], seeding.Current);
    }

    public override void Dispose()
    {
        pipeline.Committed -= OnCommitted;
        seeding.Changed -= Updates.Signal;
        Updates.Dispose();
        base.Dispose();
    }
}

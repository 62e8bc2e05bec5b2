using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared.Live;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Executive;

public sealed class ExecutiveOptions
{
    public const string Section = "Executive";

    /// <summary>At most one refresh of the executive pages per this many seconds while data arrives.</summary>
    public double RefreshSeconds { get; set; } = 5;

    /// <summary>Refresh at least this often without new data, so "today so far" and day changes follow the clock.</summary>
    public double IdleRefreshSeconds { get; set; } = 60;
}

/// <summary>
/// The notifier behind <c>/volume</c> and <c>/flows</c>: a <see cref="LiveNotifier{T}"/> of a version number, signalled
/// by <see cref="IngestPipeline.Committed"/>, raised at most once per <see cref="ExecutiveOptions.RefreshSeconds"/>
/// (trailing edge, so the last commit is always shown) plus an idle tick. The version keys <see cref="ExecutiveReads"/>'
/// cache, so any number of open pages showing the same view cost one read per refresh.
/// </summary>
public sealed class ExecutiveUpdates : IDisposable
{
    private readonly IngestPipeline pipeline;
    private long version = 1;

    public ExecutiveUpdates(IngestPipeline pipeline, IOptions<ExecutiveOptions> options, ILogger<ExecutiveUpdates> logger)
    {
        this.pipeline = pipeline;
        var pacing = new LivePacing(TimeSpan.FromSeconds(Math.Max(0.1, options.Value.RefreshSeconds)),
            TimeSpan.FromSeconds(Math.Max(1, options.Value.IdleRefreshSeconds)));
        // Wall-clock pacing on purpose: it paces reads, it is not domain time.
        Updates = new LiveNotifier<long>(version, _ => Task.FromResult(Interlocked.Increment(ref version)), pacing, TimeProvider.System, logger);
        pipeline.Committed += OnCommitted;
        Updates.Start();
    }

    /// <summary>The versions, for pages to follow.</summary>
    public LiveNotifier<long> Updates { get; }

    public long Version => Interlocked.Read(ref version);

    private void OnCommitted(IngestCommitted commit) => Updates.Signal();

    public void Dispose()
    {
        pipeline.Committed -= OnCommitted;
        Updates.Dispose();
    }
}

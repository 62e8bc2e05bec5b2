using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// The one write path. Submitters (the HTTP API, the simulator, seeding) queue requests; a single background
/// loop gathers them into batches (by count or by a short time window) and commits each batch in one
/// transaction through <see cref="IngestWriter"/>. A submitter's task completes only after its batch is
/// committed, so "accepted" means durable.
/// </summary>
public sealed class IngestPipeline(
    IngestWriterFactory writerFactory,
    IOptions<IngestOptions> options,
    TimeProvider time,
    ILogger<IngestPipeline> logger) : BackgroundService
{
    private readonly Channel<IngestRequest> queue = Channel.CreateBounded<IngestRequest>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true });

    /// <summary>Raised on the writer's thread after each commit; handlers must return quickly.</summary>
    public event Action<IngestCommitted>? Committed;

    public async Task<EventOutcome[]> SubmitAsync(IReadOnlyList<CarrierEvent> events, CancellationToken cancellationToken = default)
    {
        var request = new IngestRequest([], events);
        await queue.Writer.WriteAsync(request, cancellationToken);
        return (await request.Completion.Task.WaitAsync(cancellationToken)).Outcomes;
    }

    public async Task<int> RegisterAsync(IReadOnlyList<ParcelRegistration> parcels, CancellationToken cancellationToken = default)
    {
        var request = new IngestRequest(parcels, []);
        await queue.Writer.WriteAsync(request, cancellationToken);
        return (await request.Completion.Task.WaitAsync(cancellationToken)).Registered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite work is synchronous; keep it off the request threads.
        await Task.Yield();
        IngestWriter? writer = null;
        var batch = new List<IngestRequest>();
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await GatherAsync(batch, stoppingToken);
                writer ??= writerFactory.Create();
                try
                {
                    Commit(writer, batch);
                }
                catch (Exception ex)
                {
                    // The transaction rolled back: nothing of this batch is stored. Fail its submitters and
                    // start again on a fresh connection.
                    logger.LogError(ex, "Ingest batch of {Requests} requests failed and was rolled back.", batch.Count);
                    foreach (var request in batch) request.Completion.TrySetException(ex);
                    writer.Dispose();
                    writer = null;
                }

                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            writer?.Dispose();
            foreach (var request in batch) request.Completion.TrySetCanceled(stoppingToken);
        }
    }

    private async Task GatherAsync(List<IngestRequest> batch, CancellationToken stoppingToken)
    {
        var size = 0;
        var deadline = time.GetTimestamp() + (long)(options.Value.FlushWindowMilliseconds / 1000.0 * time.TimestampFrequency);
        while (size < options.Value.BatchSize)
        {
            if (queue.Reader.TryRead(out var request))
            {
                batch.Add(request);
                size += request.Events.Count + request.Parcels.Count;
                continue;
            }

            var remaining = time.GetElapsedTime(time.GetTimestamp(), deadline);
            if (remaining <= TimeSpan.Zero)
            {
                break;
            }

            using var window = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            window.CancelAfter(remaining);
            try
            {
                if (!await queue.Reader.WaitToReadAsync(window.Token)) break;
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }
    }

    private void Commit(IngestWriter writer, List<IngestRequest> batch)
    {
        var parcels = batch.SelectMany(r => r.Parcels).ToList();
        var events = batch.SelectMany(r => r.Events).ToList();
        var (registered, outcomes) = writer.ApplyBatch(parcels, events, time.GetUtcNow().UtcDateTime);

        var offset = 0;
        foreach (var request in batch)
        {
            var mine = outcomes.AsSpan(offset, request.Events.Count).ToArray();
            offset += request.Events.Count;
            request.Completion.TrySetResult(new IngestResult(request.Parcels.Count == 0 ? 0 : registered, mine));
        }

        var accepted = outcomes.Count(o => o == EventOutcome.Accepted);
        try
        {
            Committed?.Invoke(new IngestCommitted(time.GetUtcNow(), accepted, registered));
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A commit subscriber failed; the batch itself is committed.");
        }
    }

    private sealed record IngestRequest(IReadOnlyList<ParcelRegistration> Parcels, IReadOnlyList<CarrierEvent> Events)
    {
        public TaskCompletionSource<IngestResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record IngestResult(int Registered, EventOutcome[] Outcomes);
}

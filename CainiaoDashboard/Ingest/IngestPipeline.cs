using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// The one write path. Submitters (the HTTP API, the simulator, seeding, support staff's complaints) queue requests; a single background
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

    private Exception? lastCheckpointFailure;
    private IDisposable? writerLock;

    /// <summary>
    /// Raised on the writer's thread after each commit, before its submitters are answered, and for each commit another
    /// instance made to a shared database (<see cref="PublishFromOtherInstance"/>); handlers must return quickly.
    /// </summary>
    public event Action<IngestCommitted>? Committed;

    /// <summary>Tells this instance's subscribers of a commit another instance made (PostgreSQL, several instances).</summary>
    public void PublishFromOtherInstance(IngestCommitted commit)
    {
        try
        {
            Committed?.Invoke(commit with { FromOtherInstance = true });
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A commit subscriber failed on another instance's commit.");
        }
    }

    public async Task<EventOutcome[]> SubmitAsync(IReadOnlyList<CarrierEvent> events, CancellationToken cancellationToken = default) =>
        (await SubmitAsync(new IngestBatch([], events, []), cancellationToken)).Outcomes;

    public async Task<int> RegisterAsync(IReadOnlyList<ParcelRegistration> parcels, CancellationToken cancellationToken = default) =>
        (await SubmitAsync(new IngestBatch(parcels, [], []), cancellationToken)).Registered;

    public async Task<ComplaintOutcome> FileComplaintAsync(ComplaintFiling complaint, CancellationToken cancellationToken = default) =>
        (await SubmitAsync(new IngestBatch([], [], [complaint]), cancellationToken)).Complaints[0];

    /// <summary>Changes a complaint's state and validity (with a history row); completes once committed.</summary>
    public async Task<ComplaintUpdateOutcome> UpdateComplaintAsync(ComplaintUpdate update, CancellationToken cancellationToken = default) =>
        (await SubmitAsync(IngestBatch.Empty with { ComplaintUpdates = [update] }, cancellationToken)).ComplaintUpdates[0];

    /// <summary>Adds an internal note to a parcel; completes once committed.</summary>
    public async Task<ComplaintOutcome> AddNoteAsync(ParcelNoteFiling note, CancellationToken cancellationToken = default) =>
        (await SubmitAsync(IngestBatch.Empty with { Notes = [note] }, cancellationToken)).Notes[0];

    /// <summary>Queues registrations, events and complaints; completes once they are committed.</summary>
    public async Task<IngestBatchResult> SubmitAsync(IngestBatch batch, CancellationToken cancellationToken = default)
    {
        var request = new IngestRequest(batch);
        await queue.Writer.WriteAsync(request, cancellationToken);
        return await request.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Takes the database's writer lock first: a second writing process fails to start, naming the file.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        writerLock ??= writerFactory.Lock();
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            writerLock?.Dispose();
            writerLock = null;
        }
    }

    public override void Dispose()
    {
        writerLock?.Dispose();
        base.Dispose();
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
                try
                {
                    // Inside: a database that cannot be reached (a PostgreSQL server restarting) fails this batch, not the host.
                    writer ??= writerFactory.Create(options.Value.CachedParcels);
                    Commit(writer, batch);
                }
                catch (Exception ex)
                {
                    // The transaction rolled back: nothing of this batch is stored. Fail its submitters and
                    // start again on a fresh connection.
                    logger.LogError(ex, "Ingest batch of {Requests} requests failed and was rolled back.", batch.Count);
                    foreach (var request in batch) request.Completion.TrySetException(ex);
                    writer?.Dispose();
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
                size += request.Batch.Size;
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
        var combined = batch.Count == 1
            ? batch[0].Batch
            : new IngestBatch(
                batch.SelectMany(r => r.Batch.Parcels).ToList(),
                batch.SelectMany(r => r.Batch.Events).ToList(),
                batch.SelectMany(r => r.Batch.Complaints).ToList())
            {
                ComplaintUpdates = batch.SelectMany(r => r.Batch.ComplaintUpdates).ToList(),
                Notes = batch.SelectMany(r => r.Batch.Notes).ToList(),
            };
        var result = writer.ApplyBatch(combined, time.GetUtcNow().UtcDateTime);
        ReportCheckpointFailure(writer.CheckpointFailure);

        // Subscribers hear of the commit before any submitter's await returns: whoever waited for a commit finds
        // every live view already told of it.
        var accepted = new List<CarrierEvent>();
        for (var i = 0; i < result.Outcomes.Length; i++)
        {
            if (result.Outcomes[i] == EventOutcome.Accepted) accepted.Add(combined.Events[i]);
        }

        try
        {
            Committed?.Invoke(new IngestCommitted(time.GetUtcNow(), accepted, result.Registered,
                result.Complaints.Count(c => c == ComplaintOutcome.Filed)) { Touched = result.Touched, SupportParcelIds = result.SupportParcelIds });
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A commit subscriber failed; the batch itself is committed.");
        }

        int registrationOffset = 0, eventOffset = 0, complaintOffset = 0, updateOffset = 0, noteOffset = 0;
        foreach (var request in batch)
        {
            var registrations = result.Registrations.AsSpan(registrationOffset, request.Batch.Parcels.Count).ToArray();
            var events = result.Outcomes.AsSpan(eventOffset, request.Batch.Events.Count).ToArray();
            var complaints = result.Complaints.AsSpan(complaintOffset, request.Batch.Complaints.Count).ToArray();
            var updates = result.ComplaintUpdates.AsSpan(updateOffset, request.Batch.ComplaintUpdates.Count).ToArray();
            var notes = result.Notes.AsSpan(noteOffset, request.Batch.Notes.Count).ToArray();
            registrationOffset += registrations.Length;
            eventOffset += events.Length;
            complaintOffset += complaints.Length;
            updateOffset += updates.Length;
            noteOffset += notes.Length;
            // Registration counts are per batch; a request learns the batch total only when it registered parcels.
            request.Completion.TrySetResult(new IngestBatchResult(request.Batch.Parcels.Count == 0 ? 0 : result.Registered, events, complaints)
            {
                Registrations = registrations,
                ComplaintUpdates = updates,
                Notes = notes,
            });
        }
    }

    /// <summary>Logs each new checkpoint failure once; the writer's own fallback checkpoint keeps the log bounded meanwhile.</summary>
    private void ReportCheckpointFailure(Exception? failure)
    {
        if (failure is not null && !ReferenceEquals(failure, lastCheckpointFailure))
        {
            logger.LogWarning(failure, "Copying the write-ahead log back into the database failed; it is retried after the next commit.");
        }

        lastCheckpointFailure = failure;
    }

    private sealed record IngestRequest(IngestBatch Batch)
    {
        public TaskCompletionSource<IngestBatchResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

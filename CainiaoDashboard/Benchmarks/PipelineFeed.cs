using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// Keeps the pipeline's queue full, as a busy carrier API would: batches are submitted without waiting for each, up to
/// <see cref="EventsInFlight"/> events ahead of the writer (a full batch waiting while it writes one), so that it
/// commits full batches instead of waiting out its flush window after every small one.
/// </summary>
public sealed class PipelineFeed(IngestPipeline pipeline)
{
    public const int EventsInFlight = 2 * IngestOptions.DefaultBatchSize;

    private readonly Queue<(Task<IngestBatchResult> Result, int Events)> inFlight = new();
    private int queued;

    /// <summary>Every event's outcome, in the order the batches were submitted.</summary>
    public List<EventOutcome> Outcomes { get; } = [];

    public async Task SubmitAsync(IngestBatch batch)
    {
        inFlight.Enqueue((pipeline.SubmitAsync(batch), batch.Events.Count));
        queued += batch.Events.Count;
        while (queued > EventsInFlight) await TakeOldestAsync();
    }

    /// <summary>Waits until everything submitted is committed.</summary>
    public async Task DrainAsync()
    {
        while (inFlight.Count > 0) await TakeOldestAsync();
    }

    private async Task TakeOldestAsync()
    {
        var (result, events) = inFlight.Dequeue();
        Outcomes.AddRange((await result).Outcomes);
        queued -= events;
    }
}

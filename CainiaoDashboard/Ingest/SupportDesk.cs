using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>The answer to a support action: done, or the message to show (and nothing was stored).</summary>
public sealed record SupportResult(bool Succeeded, string? Error)
{
    public static readonly SupportResult Done = new(true, null);
    public static SupportResult Failed(string error) => new(false, error);
}

/// <summary>
/// Support staff's writes (complaints, their state and validity, internal notes): validated here, then
/// committed by the single ingest writer like every other write, so complaint rollups stay in step.
/// </summary>
public sealed class SupportDesk(IngestPipeline pipeline, TimeProvider time)
{
    /// <summary>
    /// Files a complaint. With an <paramref name="idempotencyKey"/> (the complaint form makes one per opening), a
    /// repeat of the same complaint succeeds without filing it again.
    /// </summary>
    public async Task<SupportResult> FileComplaintAsync(
        string trackingNumber, ComplaintCategory? category, ContactChannel? contactChannel, string? description, string filedBy,
        string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (category is not { } c || !Enum.IsDefined(c)) return SupportResult.Failed("Choose a complaint category.");
        if (contactChannel is not { } channel || !Enum.IsDefined(channel)) return SupportResult.Failed("Choose how the customer got in touch.");
        if (ComplaintRules.CheckDescription(description) is { } problem) return SupportResult.Failed(problem);
        if (ComplaintRules.CheckIdempotencyKey(idempotencyKey) is { } keyProblem) return SupportResult.Failed(keyProblem);

        var outcome = await pipeline.FileComplaintAsync(
            new ComplaintFiling(trackingNumber, c, channel, description!.Trim(), time.GetUtcNow().UtcDateTime, filedBy, idempotencyKey),
            cancellationToken);
        return outcome switch
        {
            ComplaintOutcome.Filed or ComplaintOutcome.Duplicate => SupportResult.Done,
            ComplaintOutcome.Conflict => SupportResult.Failed("This form already logged a different complaint; reopen the form to log another."),
            _ => SupportResult.Failed($"No parcel has tracking number {trackingNumber}."),
        };
    }

    public async Task<SupportResult> ChangeComplaintAsync(
        long complaintId, ComplaintState state, bool isValid, string changedBy, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(state)) return SupportResult.Failed("Choose a complaint state.");
        var outcome = await pipeline.UpdateComplaintAsync(
            new ComplaintUpdate(complaintId, state, isValid, time.GetUtcNow().UtcDateTime, changedBy), cancellationToken);
        return outcome switch
        {
            ComplaintUpdateOutcome.Changed => SupportResult.Done,
            ComplaintUpdateOutcome.Unchanged => SupportResult.Failed("Nothing to save: the state and validity are unchanged."),
            _ => SupportResult.Failed($"Complaint {complaintId} does not exist."),
        };
    }

    public async Task<SupportResult> AddNoteAsync(string trackingNumber, string? text, string createdBy, CancellationToken cancellationToken = default)
    {
        if (ComplaintRules.CheckNote(text) is { } problem) return SupportResult.Failed(problem);
        var outcome = await pipeline.AddNoteAsync(
            new ParcelNoteFiling(trackingNumber, text!.Trim(), time.GetUtcNow().UtcDateTime, createdBy), cancellationToken);
        return outcome == ComplaintOutcome.Filed ? SupportResult.Done : SupportResult.Failed($"No parcel has tracking number {trackingNumber}.");
    }
}

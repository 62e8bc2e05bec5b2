using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>Why the support desk stored nothing: the page words it in its reader's language by this code.</summary>
public enum SupportProblem
{
    None,
    NoCategory,
    NoChannel,
    NoState,
    EmptyDescription,
    DescriptionTooLong,
    EmptyNote,
    NoteTooLong,
    BadFormKey,
    FormAlreadyUsed,
    NothingToSave,
    NoSuchParcel,
    NoSuchComplaint,
}

/// <summary>
/// The answer to a support action: done, or why nothing was stored, as a code with the values its message holds
/// (<see cref="Values"/>: the text's length and its limit for a text too long, the tracking number or complaint id for
/// one that does not exist) and the message in English (<see cref="Error"/>, for logs and callers without words of their own).
/// </summary>
public sealed record SupportResult(bool Succeeded, string? Error, SupportProblem Problem = SupportProblem.None, IReadOnlyList<object>? Values = null)
{
    public static readonly SupportResult Done = new(true, null);

    public static SupportResult Failed(SupportProblem problem, string error, params object[] values) => new(false, error, problem, values);
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
        if (category is not { } c || !Enum.IsDefined(c)) return SupportResult.Failed(SupportProblem.NoCategory, "Choose a complaint category.");
        if (contactChannel is not { } channel || !Enum.IsDefined(channel)) return SupportResult.Failed(SupportProblem.NoChannel, "Choose how the customer got in touch.");
        if (ComplaintRules.CheckDescription(description) is { } problem)
        {
            return TextRefused(problem, description, ComplaintRules.MaxDescriptionLength, SupportProblem.EmptyDescription, SupportProblem.DescriptionTooLong);
        }

        if (ComplaintRules.CheckIdempotencyKey(idempotencyKey) is { } keyProblem) return SupportResult.Failed(SupportProblem.BadFormKey, keyProblem);

        var outcome = await pipeline.FileComplaintAsync(
            new ComplaintFiling(trackingNumber, c, channel, description!.Trim(), time.GetUtcNow().UtcDateTime, filedBy, idempotencyKey),
            cancellationToken);
        return outcome switch
        {
            ComplaintOutcome.Filed or ComplaintOutcome.Duplicate => SupportResult.Done,
            ComplaintOutcome.Conflict => SupportResult.Failed(
                SupportProblem.FormAlreadyUsed, "This form already logged a different complaint; reopen the form to log another."),
            _ => NoSuchParcel(trackingNumber),
        };
    }

    public async Task<SupportResult> ChangeComplaintAsync(
        long complaintId, ComplaintState state, bool isValid, string changedBy, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(state)) return SupportResult.Failed(SupportProblem.NoState, "Choose a complaint state.");
        var outcome = await pipeline.UpdateComplaintAsync(
            new ComplaintUpdate(complaintId, state, isValid, time.GetUtcNow().UtcDateTime, changedBy), cancellationToken);
        return outcome switch
        {
            ComplaintUpdateOutcome.Changed => SupportResult.Done,
            ComplaintUpdateOutcome.Unchanged => SupportResult.Failed(SupportProblem.NothingToSave, "Nothing to save: the state and validity are unchanged."),
            _ => SupportResult.Failed(SupportProblem.NoSuchComplaint, $"Complaint {complaintId} does not exist.", complaintId),
        };
    }

    public async Task<SupportResult> AddNoteAsync(string trackingNumber, string? text, string createdBy, CancellationToken cancellationToken = default)
    {
        if (ComplaintRules.CheckNote(text) is { } problem)
        {
            return TextRefused(problem, text, ComplaintRules.MaxNoteLength, SupportProblem.EmptyNote, SupportProblem.NoteTooLong);
        }

        var outcome = await pipeline.AddNoteAsync(
            new ParcelNoteFiling(trackingNumber, text!.Trim(), time.GetUtcNow().UtcDateTime, createdBy), cancellationToken);
        return outcome == ComplaintOutcome.Filed ? SupportResult.Done : NoSuchParcel(trackingNumber);
    }

    private static SupportResult NoSuchParcel(string trackingNumber) =>
        SupportResult.Failed(SupportProblem.NoSuchParcel, $"No parcel has tracking number {trackingNumber}.", trackingNumber);

    private static SupportResult TextRefused(string message, string? text, int max, SupportProblem empty, SupportProblem tooLong) =>
        ComplaintRules.ProblemWith(text, max) == TextProblem.Empty
            ? SupportResult.Failed(empty, message)
            : SupportResult.Failed(tooLong, message, text!.Trim().Length, max);
}

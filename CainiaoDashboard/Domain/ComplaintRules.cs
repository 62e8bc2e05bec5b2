namespace CainiaoDashboard.Domain;

public enum TextProblem
{
    None,
    Empty,
    TooLong,
}

public static class ComplaintRules
{
    public const int MaxDescriptionLength = 2000;
    public const int MaxNoteLength = 1000;
    public const int MaxIdempotencyKeyLength = 100;

    /// <summary>Complaints still waiting for an answer; the ones open longer than this are highlighted.</summary>
    public static readonly TimeSpan OverdueAfter = TimeSpan.FromHours(24);

    public static bool IsOpen(this ComplaintState state) => state is ComplaintState.Open or ComplaintState.InProgress;

    /// <summary>Null when the description can be filed; otherwise the message to show.</summary>
    public static string? CheckDescription(string? description) => CheckText(description, MaxDescriptionLength, "description");

    /// <summary>Null when the key can be stored: none, or 1 to 100 characters that are not all white space.</summary>
    public static string? CheckIdempotencyKey(string? key) =>
        key is null ? null
        : string.IsNullOrWhiteSpace(key) ? "The idempotency key cannot be blank."
        : key.Length > MaxIdempotencyKeyLength ? $"The idempotency key is too long: {key.Length:N0} characters, at most {MaxIdempotencyKeyLength}."
        : null;

    /// <summary>Null when the note can be saved; otherwise the message to show.</summary>
    public static string? CheckNote(string? text) => CheckText(text, MaxNoteLength, "note");

    /// <summary>Whether a description or note's text, trimmed, is empty, longer than <paramref name="max"/>, or fine.</summary>
    public static TextProblem ProblemWith(string? text, int max) =>
        (text?.Trim() ?? "").Length switch
        {
            0 => TextProblem.Empty,
            var length when length > max => TextProblem.TooLong,
            _ => TextProblem.None,
        };

    private static string? CheckText(string? text, int max, string what) => ProblemWith(text, max) switch
    {
        TextProblem.Empty => $"Enter a {what}: it cannot be empty.",
        TextProblem.TooLong => $"The {what} is too long: {text!.Trim().Length:N0} characters, at most {max:N0}.",
        _ => null,
    };

    public static string Label(this ComplaintCategory category) => category switch
    {
        ComplaintCategory.LateDelivery => "Late delivery",
        ComplaintCategory.ImpoliteCourier => "Impolite courier",
        ComplaintCategory.Damaged => "Damaged",
        ComplaintCategory.Lost => "Lost",
        ComplaintCategory.Misdelivered => "Misdelivered / wrong address",
        _ => "Other",
    };

    public static string Label(this ComplaintState state) => state switch
    {
        ComplaintState.Open => "Open",
        ComplaintState.InProgress => "In progress",
        ComplaintState.Resolved => "Resolved",
        _ => "Rejected",
    };
}

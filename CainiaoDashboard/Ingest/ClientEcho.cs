namespace CainiaoDashboard.Ingest;

/// <summary>
/// Client input quoted back in an answer (a reason, a rejected item's id) is cut short, so a hostile
/// 100,000-character value costs the sender, not the server's answer.
/// </summary>
public static class ClientEcho
{
    /// <summary>How much of an unknown code, hub or carrier a rejection reason quotes.</summary>
    public const int ReasonLength = 40;

    public static string Cut(string value, int maxLength = ReasonLength)
    {
        if (value.Length <= maxLength) return value;
        // Never split a surrogate pair: half a character is not text.
        var end = char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength;
        return value[..end] + "…";
    }
}

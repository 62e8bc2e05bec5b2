namespace CainiaoDashboard.Ingest.Import;

/// <summary>
/// One string for each short text a file repeats. An events file names a handful of carriers, status codes and texts and
/// a few dozen hubs millions of times, and each row held copies of its own until the writer had stored it: a million
/// rows in flight, copied by every garbage collection they lived through. One slot per hash, the latest text in it
/// wins, so texts that never repeat (event ids, times) cost only the look-up.
/// </summary>
internal sealed class RepeatedText
{
    /// <summary>Longer texts are names, addresses and free text: they seldom repeat.</summary>
    public const int MaxLength = 32;

    private readonly string?[] slots = new string?[4096];

    public string Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        if (text.Length > MaxLength) return new string(text);
        ref var slot = ref slots[string.GetHashCode(text) & (slots.Length - 1)];
        if (slot is { } held && text.SequenceEqual(held)) return held;
        return slot = new string(text);
    }
}

namespace CainiaoDashboard.Data;

/// <summary>
/// One prepared statement's text values as UTF-8, in a pinned buffer SQLite reads them from in place: bound as copies,
/// each text value cost SQLite an allocation, a copy and a free on every execution. The values of one execution are laid
/// out one after another from the start. The next execution overwrites them as it binds its own, but SQLite reads bound
/// values only when the statement steps, and by then every parameter is bound anew (a call with fewer values than
/// parameters is refused before it binds any).
/// </summary>
internal sealed class BoundTexts
{
    /// <summary>Room for a statement's texts: the writer's longest row (an event's texts, a registration's recipient) fits.</summary>
    private const int Capacity = 4096;

    private readonly byte[] buffer = GC.AllocateArray<byte>(Capacity, pinned: true);
    private int used;

    /// <summary>Starts an execution: its values are written from the start of the buffer.</summary>
    public void Clear() => used = 0;

    /// <summary>The next <paramref name="length"/> bytes of the buffer, or an empty span when they do not fit (bind a copy then).</summary>
    public Span<byte> Take(int length)
    {
        if (length <= 0 || used + length > Capacity) return [];
        var taken = buffer.AsSpan(used, length);
        used += length;
        return taken;
    }

    /// <summary>Gives back the end of what <see cref="Take"/> handed out: the <paramref name="unused"/> bytes not written.</summary>
    public void Return(int unused) => used -= unused;
}

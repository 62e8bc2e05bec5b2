using System.Collections;

namespace CainiaoDashboard.Shared;

/// <summary>
/// An immutable list kept in chunks small enough to stay off the large-object heap. The live notifier builds
/// lists of thousands of cells on every refresh; as single arrays they would land on the large-object heap and
/// each few refreshes would pay for a full (generation 2) collection.
/// </summary>
public sealed class ChunkedList<T> : IReadOnlyList<T>
{
    private const int Shift = 9, ChunkSize = 1 << Shift, Mask = ChunkSize - 1;
    public static readonly ChunkedList<T> Empty = new([], 0);

    private readonly T[][] chunks;

    private ChunkedList(T[][] chunks, int count)
    {
        this.chunks = chunks;
        Count = count;
    }

    public int Count { get; }

    public T this[int index] => (uint)index < (uint)Count ? chunks[index >> Shift][index & Mask] : throw new ArgumentOutOfRangeException(nameof(index));

    public static ChunkedList<T> From(IEnumerable<T> items)
    {
        var builder = new Builder();
        foreach (var item in items) builder.Add(item);
        return builder.Build();
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return chunks[i >> Shift][i & Mask];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    public struct Enumerator(ChunkedList<T> list)
    {
        private int index = -1;

        public readonly T Current => list.chunks[index >> Shift][index & Mask];

        public bool MoveNext() => ++index < list.Count;
    }

    /// <summary>Appends items; <see cref="Build"/> hands the chunks over, so a builder is used once.</summary>
    public sealed class Builder
    {
        private readonly List<T[]> chunks = [];
        private int count;

        public int Count => count;

        public void Add(T item)
        {
            if ((count & Mask) == 0) chunks.Add(new T[ChunkSize]);
            chunks[^1][count & Mask] = item;
            count++;
        }

        public ChunkedList<T> Build() => count == 0 ? Empty : new([.. chunks], count);
    }
}

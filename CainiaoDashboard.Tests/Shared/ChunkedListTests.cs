using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Shared;

public sealed class ChunkedListTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(512)]
    [InlineData(513)]
    [InlineData(1500)]
    public void Holds_the_items_in_order_across_chunk_boundaries(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => i * 7L).ToList();

        var list = ChunkedList<long>.From(items);

        Assert.Equal(count, list.Count);
        Assert.Equal(items, list);                                   // interface enumerator
        var seen = new List<long>();
        foreach (var item in list) seen.Add(item);                   // struct enumerator
        Assert.Equal(items, seen);
        Assert.Equal(items, Enumerable.Range(0, count).Select(i => list[i]));
        Assert.Throws<ArgumentOutOfRangeException>(() => list[count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
    }
}

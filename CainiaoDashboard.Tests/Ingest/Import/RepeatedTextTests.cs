using CainiaoDashboard.Ingest.Import;

namespace CainiaoDashboard.Tests.Ingest.Import;

public sealed class RepeatedTextTests
{
    [Fact]
    public void A_short_text_read_again_is_the_same_string()
    {
        var texts = new RepeatedText();

        var first = texts.Of("ZTO,DEPARTED".AsSpan(4));
        var again = texts.Of("DEPARTED".AsSpan());

        Assert.Equal("DEPARTED", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void Every_text_comes_back_as_written_however_many_share_a_slot()
    {
        var texts = new RepeatedText();
        var written = Enumerable.Range(0, 50_000).Select(i => $"E{i * 7919 % 100_003}").ToList();

        var read = written.Concat(written).Select(text => texts.Of(text.AsSpan())).ToList();

        Assert.Equal(written.Concat(written), read);
    }

    [Fact]
    public void Long_and_empty_texts_are_not_held()
    {
        var texts = new RepeatedText();
        var address = new string('路', RepeatedText.MaxLength + 1);

        Assert.NotSame(texts.Of(address.AsSpan()), texts.Of(address.AsSpan()));
        Assert.Same("", texts.Of([]));
    }
}

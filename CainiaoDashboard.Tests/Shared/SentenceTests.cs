using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Shared;

public sealed class SentenceTests
{
    [Theory]
    [InlineData("Times in {0} ({1})", "Times in ", " (", ")")]
    [InlineData("时间为{0}（{1}）", "时间为", "（", "）")]
    [InlineData("No parcel has tracking number {0}.", "No parcel has tracking number ", ".", "")]
    [InlineData("没有运单号为{0}的包裹。", "没有运单号为", "的包裹。", "")]
    [InlineData("Nothing to place", "Nothing to place", "", "")]
    public void The_words_around_the_places_come_in_the_translation_s_own_order(string sentence, string before, string between, string after) =>
        Assert.Equal((before, between, after), Sentence.Around(sentence));

    [Fact]
    public void A_sentence_holding_its_second_place_first_fails_loudly_rather_than_swapping_the_values() =>
        Assert.Throws<FormatException>(() => Sentence.Around("{1} before {0}"));
}

using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Shared;

public sealed class FormatsTests
{
    [Fact]
    public void Rates_read_as_percentages_with_one_decimal_unless_asked()
    {
        Assert.Equal("93.5%", Formats.Percent(0.935));
        Assert.Equal("90%", Formats.Percent(0.9, decimals: 0));
        Assert.Equal("— (no attempts yet)", Formats.Percent(null, "— (no attempts yet)"));
        Assert.Equal(("+12.5%", "-3.0%"), (Formats.SignedPercent(0.125), Formats.SignedPercent(-0.03)));
        Assert.Equal("1.2 pts", Formats.Points(0.012));
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("zh-CN")]
    public void Numbers_read_the_same_in_both_languages(string language)
    {
        using var culture = CultureScope.Of(language);
        Assert.Equal("1,234,567", Formats.Count(1_234_567));
        Assert.Equal("12.3", Formats.OneDecimal(12.34));
        Assert.Equal("92.3%", Formats.Percent(0.9234));
    }

    [Fact]
    public void A_thread_in_a_culture_the_dashboard_does_not_speak_formats_as_english_does()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("1,234,567", Formats.Count(1_234_567));
            Assert.Equal("12.3", Formats.OneDecimal(12.34));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}

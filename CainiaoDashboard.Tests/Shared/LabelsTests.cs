using System.Globalization;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Shared;

/// <summary>The shared words (statuses, lateness, parties) in both languages: every one translated, English as written.</summary>
public sealed class LabelsTests
{
    private static readonly string[] Everything =
    [
        .. Enum.GetValues<ParcelStatus>().Select(s => StatusLabels.English(s)),
        .. Enum.GetValues<ParcelSubStatus>().Select(s => StatusLabels.English(ParcelStatus.InTransit, s)),
        .. Enum.GetValues<Lateness>().Select(LatenessLabels.English),
    ];

    [Fact]
    public void Every_status_lateness_and_party_word_has_its_chinese_and_english_keeps_its_own()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DashboardCulture.Chinese;
            Assert.All(Everything, words => Assert.True(Labels.IsTranslated(words), $"\"{words}\" has no Chinese"));
            Assert.Equal("投递失败：收件人不在", StatusLabels.Of(ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome));
            Assert.Equal("已逾期", LatenessLabels.Of(Lateness.Late));
            Assert.All(PartyCounts.Parties, party => Assert.DoesNotMatch("[A-Za-z]", LatePartyLabels.Label(party) + LatePartyLabels.Meaning(party)));

            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = DashboardCulture.English;
            Assert.Equal("Attempt failed: not home", StatusLabels.Of(ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome));
            Assert.Equal("Hand-over partner", LatePartyLabels.Label(LateParty.Partner));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}

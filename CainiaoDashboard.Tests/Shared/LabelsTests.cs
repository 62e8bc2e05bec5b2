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
        .. new ICodedEntity[][] { ReferenceData.Carriers, ReferenceData.Hubs, ReferenceData.Regions, ReferenceData.ServiceLevels, ReferenceData.Channels }
            .SelectMany(entities => entities.Select(e => e.Name)),
        .. DisplayTimeZones.All.Select(z => z.EnglishLabel),
        .. Roles.All,
        "{0} pts",
    ];

    [Fact]
    public void Every_status_lateness_and_party_word_has_its_chinese_and_english_keeps_its_own()
    {
        using (CultureScope.Chinese())
        {
            Assert.All(Everything, words => Assert.True(Labels.IsTranslated(words), $"\"{words}\" has no Chinese"));
            Assert.Equal("投递失败：收件人不在", StatusLabels.Of(ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome));
            Assert.Equal("已逾期", LatenessLabels.Of(Lateness.Late));
            Assert.Equal("中通快递", Labels.NameOf(ReferenceData.Carriers.Single(c => c.Code == "ZTO")));
            Assert.Equal("杭州分拨中心", Labels.NameOf(ReferenceData.Hubs.Single(h => h.Code == "HGH")));
            Assert.Equal("北京时间", DisplayTimeZones.ChinaStandardTime.Label);
            Assert.Equal("物流经理", Labels.RoleName(Roles.Manager));
            Assert.Equal("2.5 个百分点", Formats.Points(0.025));
            Assert.All(PartyCounts.Parties, party => Assert.DoesNotMatch("[A-Za-z]", LatePartyLabels.Label(party) + LatePartyLabels.Meaning(party)));
        }

        using (CultureScope.English())
        {
            Assert.Equal("Attempt failed: not home", StatusLabels.Of(ParcelStatus.AttemptFailed, ParcelSubStatus.NotHome));
            Assert.Equal("Hand-over partner", LatePartyLabels.Label(LateParty.Partner));
            Assert.Equal("Singapore Post", Labels.NameOf(ReferenceData.Carriers.Single(c => c.Code == "SINGPOST")));
            Assert.Equal("2.5 pts", Formats.Points(0.025));
            Assert.Equal("Manager", Labels.RoleName(Roles.Manager));
        }
    }
}

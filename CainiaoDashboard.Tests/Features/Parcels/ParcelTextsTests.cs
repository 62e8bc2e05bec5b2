using System.Text.RegularExpressions;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Parcels;

/// <summary>
/// The words the parcel pages show that are written elsewhere (the filter's and the support desk's English sentences, the
/// views, zones and complaint words) read in Chinese, and unchanged in English.
/// </summary>
public sealed partial class ParcelTextsTests
{
    /// <summary>A bad value for every key of the address, so that every kind of message the filter writes is seen.</summary>
    private static readonly Dictionary<string, string> BadAddress = new()
    {
        ["view"] = "lately", ["status"] = "Lost", ["lateness"] = "Tardy", ["late-party"] = "Mars", ["stalled"] = "maybe",
        ["carrier"] = "DHL", ["service"] = "SLOW", ["region"] = "MOON", ["lane"] = "CN-EAST", ["hub"] = "XXX", ["origin-hub"] = "YYY",
        ["channel"] = "EBAY", ["created-from"] = "2026-02-30", ["created-to"] = "tomorrow", ["promised-from"] = "20261101",
        ["promised-to"] = "2026-13-01", ["tz"] = "Mars/Olympus",
    };

    [Fact]
    public void Every_kind_of_message_about_the_address_reads_in_chinese_with_the_value_it_was_about()
    {
        var problems = ParcelListFilter.Parse(key => BadAddress.GetValueOrDefault(key)).Problems;
        Assert.Equal(BadAddress.Count, problems.Count);

        using var scope = CultureScope.Chinese();
        foreach (var (problem, value) in problems.Zip(BadAddress.Values))
        {
            var chinese = ParcelTexts.FilterProblem(problem);
            Assert.Contains($"“{value}”", chinese);
            Assert.Matches(Han(), chinese);
            // What remains in Latin letters is the value itself, the names the address takes, and YYYY-MM-DD.
            Assert.DoesNotContain("the address", chinese);
        }

        Assert.Equal("地址中的状态“Lost”无法识别，已忽略。可选值：" + string.Join(", ", Enum.GetNames<ParcelStatus>()) + "。",
            ParcelTexts.FilterProblem(problems[1]));
        Assert.Equal("地址中的线路“CN-EAST”无法识别，已忽略；线路写作“始发:目的”，例如 CN-EAST:US。", ParcelTexts.FilterProblem(problems[8]));
    }

    [Fact]
    public void In_english_every_message_about_the_address_stays_as_the_filter_wrote_it()
    {
        var problems = ParcelListFilter.Parse(key => BadAddress.GetValueOrDefault(key)).Problems;

        using var scope = CultureScope.English();
        Assert.Equal(problems, problems.Select(ParcelTexts.FilterProblem));
    }

    [Theory]
    [InlineData("Choose a complaint category.", "请选择投诉类型。")]
    [InlineData("Choose how the customer got in touch.", "请选择客户的联系渠道。")]
    [InlineData("Choose a complaint state.", "请选择投诉状态。")]
    [InlineData("Nothing to save: the state and validity are unchanged.", "无需保存：状态和有效性均未改变。")]
    [InlineData("This form already logged a different complaint; reopen the form to log another.", "此表单已登记另一条投诉；请重新打开表单再登记。")]
    [InlineData("No parcel has tracking number ZT123456789CN.", "没有运单号为ZT123456789CN的包裹。")]
    [InlineData("Complaint 42 does not exist.", "投诉42不存在。")]
    public void The_support_desks_refusals_read_in_chinese(string english, string chinese)
    {
        using (CultureScope.English())
        {
            Assert.Equal(english, ParcelTexts.DeskMessage(english));
        }

        using (CultureScope.Chinese())
        {
            Assert.Equal(chinese, ParcelTexts.DeskMessage(english));
        }
    }

    [Fact]
    public void The_length_checks_of_descriptions_and_notes_read_in_chinese_with_their_counts_grouped()
    {
        using var scope = CultureScope.Chinese();

        Assert.Equal("请输入描述：不能为空。", ParcelTexts.DeskMessage(ComplaintRules.CheckDescription(" ")!));
        Assert.Equal("请输入备注：不能为空。", ParcelTexts.DeskMessage(ComplaintRules.CheckNote(null)!));
        Assert.Equal("描述过长：2,001个字符，最多2,000个。",
            ParcelTexts.DeskMessage(ComplaintRules.CheckDescription(new string('x', ComplaintRules.MaxDescriptionLength + 1))!));
        Assert.Equal("备注过长：1,500个字符，最多1,000个。", ParcelTexts.DeskMessage(ComplaintRules.CheckNote(new string('x', 1500))!));
    }

    [Fact]
    public void Views_zones_and_complaint_words_have_their_chinese_and_keep_their_english()
    {
        using (CultureScope.Chinese())
        {
            Assert.All(Enum.GetValues<ParcelView>(), v => Assert.Matches(Han(), ParcelTexts.ViewName(v)));
            Assert.All(DisplayTimeZones.All, z => Assert.Matches(Han(), ParcelTexts.ZoneName(z)));
            Assert.All(Enum.GetValues<ComplaintCategory>(), c => Assert.Matches(Han(), ParcelTexts.CategoryName(c)));
            Assert.All(Enum.GetValues<ComplaintState>(), s => Assert.Matches(Han(), ParcelTexts.StateName(s)));
            Assert.Equal(["电话", "邮件", "在线客服", "App"], Enum.GetValues<ContactChannel>().Select(ParcelTexts.ChannelName));
            Assert.Equal("已逾期", ParcelTexts.WithoutBrackets(ParcelTexts.ViewName(ParcelView.Late)));
        }

        using (CultureScope.English())
        {
            Assert.Equal(ParcelListFilter.Views.Select(v => v.Label), ParcelListFilter.Views.Select(v => ParcelTexts.ViewName(v.View)));
            Assert.Equal(DisplayTimeZones.All.Select(z => z.Label), DisplayTimeZones.All.Select(ParcelTexts.ZoneName));
            Assert.Equal(Enum.GetValues<ComplaintCategory>().Select(c => c.Label()), Enum.GetValues<ComplaintCategory>().Select(ParcelTexts.CategoryName));
            Assert.Equal(Enum.GetValues<ComplaintState>().Select(s => s.Label()), Enum.GetValues<ComplaintState>().Select(ParcelTexts.StateName));
            Assert.Equal(Enum.GetNames<ContactChannel>(), Enum.GetValues<ContactChannel>().Select(ParcelTexts.ChannelName));
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}

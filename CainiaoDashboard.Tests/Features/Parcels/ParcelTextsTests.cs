using System.Text.RegularExpressions;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Parcels;

/// <summary>
/// The words the parcel pages show that are written elsewhere (the support desk's English sentences, the views) read in
/// Chinese, and unchanged in English.
/// </summary>
public sealed partial class ParcelTextsTests
{
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
    public void Views_have_their_chinese_and_keep_their_english()
    {
        using (CultureScope.Chinese())
        {
            Assert.All(Enum.GetValues<ParcelView>(), v => Assert.Matches(Han(), ParcelTexts.ViewName(v)));
            Assert.Equal("已逾期", ParcelTexts.WithoutBrackets(ParcelTexts.ViewName(ParcelView.Late)));
        }

        using (CultureScope.English())
        {
            Assert.Equal(ParcelListFilter.Views.Select(v => v.Label), ParcelListFilter.Views.Select(v => ParcelTexts.ViewName(v.View)));
        }
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}

using System.Text.RegularExpressions;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Parcels;

/// <summary>
/// The words the parcel pages show that are written elsewhere (the support desk's refusals, by their codes; the views) read
/// in Chinese, and unchanged in English.
/// </summary>
public sealed partial class ParcelTextsTests
{
    // Validation refuses before the desk reaches the write path, so no pipeline is needed for these.
    private static readonly SupportDesk Desk = new(null!, TimeProvider.System);

    public static TheoryData<string, string, string> Refusals() => new()
    {
        { "category", "Choose a complaint category.", "请选择投诉类型。" },
        { "channel", "Choose how the customer got in touch.", "请选择客户的联系渠道。" },
        { "empty description", "Enter a description: it cannot be empty.", "请输入描述：不能为空。" },
        { "long description", "The description is too long: 2,001 characters, at most 2,000.", "描述过长：2,001个字符，最多2,000个。" },
        { "empty note", "Enter a note: it cannot be empty.", "请输入备注：不能为空。" },
        { "long note", "The note is too long: 1,500 characters, at most 1,000.", "备注过长：1,500个字符，最多1,000个。" },
        { "state", "Choose a complaint state.", "请选择投诉状态。" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task The_support_desks_own_refusals_read_in_the_readers_language(string refusal, string english, string chinese)
    {
        var ct = TestContext.Current.CancellationToken;
        var result = refusal switch
        {
            "category" => await Desk.FileComplaintAsync("ZT1", null, ContactChannel.Phone, "Late", "support", cancellationToken: ct),
            "channel" => await Desk.FileComplaintAsync("ZT1", ComplaintCategory.Lost, null, "Late", "support", cancellationToken: ct),
            "empty description" => await Desk.FileComplaintAsync("ZT1", ComplaintCategory.Lost, ContactChannel.Phone, " ", "support", cancellationToken: ct),
            "long description" => await Desk.FileComplaintAsync("ZT1", ComplaintCategory.Lost, ContactChannel.Phone, new string('x', 2001), "support", cancellationToken: ct),
            "empty note" => await Desk.AddNoteAsync("ZT1", null, "support", cancellationToken: ct),
            "long note" => await Desk.AddNoteAsync("ZT1", new string('x', 1500), "support", cancellationToken: ct),
            _ => await Desk.ChangeComplaintAsync(1, (ComplaintState)99, true, "support", cancellationToken: ct),
        };

        Assert.False(result.Succeeded);
        Assert.Equal(english, result.Error);
        using (CultureScope.English())
        {
            Assert.Equal(english, ParcelTexts.DeskMessage(result));
        }

        using (CultureScope.Chinese())
        {
            Assert.Equal(chinese, ParcelTexts.DeskMessage(result));
        }
    }

    [Fact]
    public void The_refusals_of_the_write_path_read_in_chinese_with_what_they_are_about()
    {
        using var chinese = CultureScope.Chinese();
        Assert.Equal("没有运单号为ZT123456789CN的包裹。",
            ParcelTexts.DeskMessage(SupportResult.Failed(SupportProblem.NoSuchParcel, "No parcel has tracking number ZT123456789CN.", "ZT123456789CN")));
        Assert.Equal("投诉42不存在。", ParcelTexts.DeskMessage(SupportResult.Failed(SupportProblem.NoSuchComplaint, "Complaint 42 does not exist.", 42L)));
        Assert.Equal("无需保存：状态和有效性均未改变。",
            ParcelTexts.DeskMessage(SupportResult.Failed(SupportProblem.NothingToSave, "Nothing to save: the state and validity are unchanged.")));
        Assert.Equal("此表单已登记另一条投诉；请重新打开表单再登记。", ParcelTexts.DeskMessage(SupportResult.Failed(
            SupportProblem.FormAlreadyUsed, "This form already logged a different complaint; reopen the form to log another.")));
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

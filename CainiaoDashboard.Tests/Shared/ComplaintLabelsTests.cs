using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Shared;

public sealed class ComplaintLabelsTests
{
    [Fact]
    public void In_english_each_category_state_and_channel_reads_as_the_domain_names_it()
    {
        using var english = CultureScope.English();
        Assert.Equal(Enum.GetValues<ComplaintCategory>().Select(c => c.Label()), Enum.GetValues<ComplaintCategory>().Select(ComplaintLabels.Of));
        Assert.Equal(Enum.GetValues<ComplaintState>().Select(s => s.Label()), Enum.GetValues<ComplaintState>().Select(ComplaintLabels.Of));
        Assert.Equal(Enum.GetNames<ContactChannel>(), Enum.GetValues<ContactChannel>().Select(ComplaintLabels.Of));
    }

    [Fact]
    public void In_chinese_they_read_as_chinese_support_desks_name_them()
    {
        using var chinese = CultureScope.Chinese();
        Assert.Equal(["派送延误", "快递员态度差", "破损", "丢失", "错投／地址错误", "其他"],
            new[] { ComplaintCategory.LateDelivery, ComplaintCategory.ImpoliteCourier, ComplaintCategory.Damaged, ComplaintCategory.Lost,
                ComplaintCategory.Misdelivered, ComplaintCategory.Other }.Select(ComplaintLabels.Of));
        Assert.Equal(["待处理", "处理中", "已解决", "已驳回"],
            new[] { ComplaintState.Open, ComplaintState.InProgress, ComplaintState.Resolved, ComplaintState.Rejected }.Select(ComplaintLabels.Of));
        Assert.Equal(["电话", "邮件", "在线客服", "手机应用"],
            new[] { ContactChannel.Phone, ContactChannel.Email, ContactChannel.Chat, ContactChannel.App }.Select(ComplaintLabels.Of));
    }
}

using Bunit;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Complaints;

namespace CainiaoDashboard.Tests.Features.Complaints;

public sealed class ComplaintCountWidgetsTests : MudTestContext
{
    [Theory]
    [InlineData("en-GB", "Total|By category|By carrier", "1,234 open longer than 24 h", "Misdelivered / wrong address", "ZTO Express (Zhongtong)")]
    [InlineData("zh-CN", "总数|按类别|按承运商", "1,234条未结超过24小时", "错投／地址错误", "中通快递")]
    public void Counts_read_in_the_readers_language_with_thousands_grouped(
        string language, string titles, string overdue, string misdelivered, string zto)
    {
        using var culture = CultureScope.Of(language);
        var counts = new ComplaintCounts(12_345, 1_234,
            [(ComplaintCategory.Lost, 11_111), (ComplaintCategory.Misdelivered, 1_234)],
            [("ZTO", 12_000), ("STO", 345)]);

        var cut = Render<ComplaintCountWidgets>(p => p.Add(w => w.Counts, counts));

        Assert.Equal(titles.Split('|'), cut.FindAll(".widget-title").Select(t => t.FirstChild!.TextContent.Trim()));
        Assert.Equal("12,345", cut.Find("[data-testid=complaint-total]").TextContent);
        Assert.Equal(overdue, cut.Find("[data-testid=complaint-overdue]").TextContent);
        Assert.Equal(misdelivered, cut.Find("[data-category=Misdelivered] th").TextContent);
        Assert.Equal("1,234", cut.Find("[data-category=Misdelivered] td").TextContent);
        Assert.Equal(zto, cut.Find("[data-carrier=ZTO] th").GetAttribute("title"));
        Assert.Equal("12,000", cut.Find("[data-carrier=ZTO] td").TextContent);
    }
}

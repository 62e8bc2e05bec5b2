using Bunit.TestDoubles;
using Bunit;
using CainiaoDashboard.Features.Complaints;

namespace CainiaoDashboard.Tests.Features.Complaints;

public sealed class ComplaintFiltersTests : MudTestContext
{
    [Fact]
    public void Each_select_shows_the_filter_from_the_address_and_any_when_it_is_absent()
    {
        var (filter, _) = ComplaintListFilter.Parse("unresolved", null, "sto", "no");

        var cut = RenderFilters(filter);

        Assert.Equal("Open or in progress", cut.Shown("complaint-filter-state"));
        Assert.Equal("All categories", cut.Shown("complaint-filter-category"));
        Assert.Equal("STO Express (Shentong)", cut.Shown("complaint-filter-carrier"));
        Assert.Equal("Not valid", cut.Shown("complaint-filter-valid"));
        Assert.Equal(["State", "Category", "Carrier", "Validity"], cut.FindAll("label.mud-input-label").Select(l => l.TextContent));
    }

    [Theory]
    [InlineData("en-GB", "Open or in progress", "All categories", "STO Express (Shentong)", "Not valid", "State|Category|Carrier|Validity")]
    [InlineData("zh-CN", "未结（待处理或处理中）", "全部类别", "申通快递", "无效", "状态|类别|承运商|有效性")]
    public void The_filters_speak_the_readers_language(string language, string state, string category, string carrier, string valid, string labels)
    {
        using var culture = CultureScope.Of(language);
        var (filter, _) = ComplaintListFilter.Parse("unresolved", null, "sto", "no");

        var cut = RenderFilters(filter);

        Assert.Equal(state, cut.Shown("complaint-filter-state"));
        Assert.Equal(category, cut.Shown("complaint-filter-category"));
        Assert.Equal(carrier, cut.Shown("complaint-filter-carrier"));
        Assert.Equal(valid, cut.Shown("complaint-filter-valid"));
        Assert.Equal(labels.Split('|'), cut.FindAll("label.mud-input-label").Select(l => l.TextContent));
    }

    [Fact]
    public void Options_are_worded_for_each_reader_not_once_for_the_first()
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("complaints");
        var filter = new ComplaintListFilter();
        using (CultureScope.English())
        {
            Assert.Equal("Any state", RenderFilters(filter).Shown("complaint-filter-state"));
        }

        using var chinese = CultureScope.Chinese();
        var cut = Render<ComplaintFilters>(p => p.Add(f => f.Filter, filter));

        Assert.Equal("全部状态", cut.Shown("complaint-filter-state"));
        Popovers.Choose(cut, "complaint-filter-category", "错投／地址错误");
        cut.WaitForAssertion(() => Assert.Equal(navigation.BaseUri + "complaints?category=Misdelivered", navigation.Uri), TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("complaint-filter-state", "Resolved", "complaints?carrier=ZTO&state=Resolved")]
    [InlineData("complaint-filter-state", "Open or in progress", "complaints?carrier=ZTO&state=unresolved")]
    [InlineData("complaint-filter-category", "Misdelivered / wrong address", "complaints?carrier=ZTO&category=Misdelivered")]
    [InlineData("complaint-filter-valid", "Valid", "complaints?carrier=ZTO&valid=yes")]
    [InlineData("complaint-filter-carrier", "All carriers", "complaints")]
    public void Choosing_an_option_writes_it_to_the_address_and_any_removes_it(string testId, string option, string expected)
    {
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("complaints?carrier=ZTO");
        var (filter, _) = ComplaintListFilter.Parse(null, null, "ZTO", null);
        var cut = RenderFilters(filter);

        Popovers.Choose(cut, testId, option);

        cut.WaitForAssertion(() => Assert.Equal(navigation.BaseUri + expected, navigation.Uri), TimeSpan.FromSeconds(5));
    }

    private IRenderedComponent<ComplaintFilters> RenderFilters(ComplaintListFilter filter)
    {
        RenderProviders();
        return Render<ComplaintFilters>(p => p.Add(f => f.Filter, filter));
    }
}

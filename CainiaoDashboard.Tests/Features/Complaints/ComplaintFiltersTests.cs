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

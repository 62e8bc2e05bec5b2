using CainiaoDashboard.Shared;
using MudBlazor;

namespace CainiaoDashboard.Tests.Shared;

/// <summary>MudBlazor's own words: Chinese from our resources, English left to MudBlazor.</summary>
public sealed class MudTextsTests : MudTestContext
{
    [Fact]
    public void In_chinese_mudblazor_gets_our_words_and_in_english_keeps_its_own()
    {
        var localizer = Services.GetRequiredService<MudLocalizer>();
        Assert.IsType<MudTexts>(localizer);

        using (CultureScope.Chinese())
        {
            Assert.Equal("每页行数：", localizer["MudDataGridPager_RowsPerPage"].Value);
            Assert.Equal("第 1-25 条，共 1,234 条", localizer["MudDataGridPager_InfoFormat", 1, 25, "1,234"].Value);
            Assert.False(localizer["MudDateRangePicker_Start"].ResourceNotFound);
        }

        using (CultureScope.English())
        {
            Assert.True(localizer["MudDataGridPager_RowsPerPage"].ResourceNotFound);
        }
    }
}

using Bunit;
using CainiaoDashboard.Features.Parcels;
using Microsoft.JSInterop;

namespace CainiaoDashboard.Tests.Features.Parcels;

public sealed class CsvExportButtonTests : MudTestContext
{
    private const string Href = "/exports/parcels.csv?view=late&service=NEXT_DAY";
    private readonly BunitJSModuleInterop module;
    private readonly JSRuntimeInvocationHandler<CsvExportButton.ExportResult> download;

    public CsvExportButtonTests()
    {
        module = JSInterop.SetupModule("./Features/Parcels/CsvExportButton.razor.js");
        download = module.Setup<CsvExportButton.ExportResult>("download", call => (string?)call.Arguments[0] == Href);
        RenderProviders();
    }

    [Fact]
    public void A_click_downloads_the_filtered_export_and_shows_rows_received_against_the_total()
    {
        var cut = Render<CsvExportButton>(p => p.Add(b => b.Href, Href).Add(b => b.Total, 1200));

        cut.Find("button[data-testid=export-csv]").Click();

        var call = Assert.Single(download.Invocations);
        Assert.IsType<DotNetObjectReference<CsvExportButton>>(call.Arguments[1]);
        var button = cut.Find("button[data-testid=export-csv]");
        Assert.Equal("Exporting…", button.TextContent.Trim());
        Assert.True(button.HasAttribute("disabled"));
        Assert.Equal("0 of 1,200 rows", cut.Find("[data-testid=export-progress]").TextContent);

        cut.InvokeAsync(() => cut.Instance.Progress(300));

        Assert.Equal("300 of 1,200 rows", cut.Find("[data-testid=export-progress]").TextContent);
        Assert.Equal("25", cut.Find("[data-testid=export-progress-bar]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void When_the_download_ends_it_says_how_many_rows_were_saved_and_can_export_again()
    {
        var cut = Render<CsvExportButton>(p => p.Add(b => b.Href, Href).Add(b => b.Total, 1200));
        cut.Find("button[data-testid=export-csv]").Click();

        download.SetResult(new CsvExportButton.ExportResult(true, 1201, null));

        cut.WaitForAssertion(() => Assert.Equal("Exported 1,201 rows.", cut.Find("[data-testid=export-message]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=export-progress-bar]"));
        var button = cut.Find("button[data-testid=export-csv]");
        Assert.Equal("Export CSV", button.TextContent.Trim());
        Assert.False(button.HasAttribute("disabled"));
    }

    [Fact]
    public void A_refused_export_says_why()
    {
        var cut = Render<CsvExportButton>(p => p.Add(b => b.Href, Href).Add(b => b.Total, 10));
        cut.Find("button[data-testid=export-csv]").Click();

        download.SetResult(new CsvExportButton.ExportResult(false, 0, "Unknown carrier \"DHL\" in the address was ignored."));

        cut.WaitForAssertion(() => Assert.Equal("The export failed: Unknown carrier \"DHL\" in the address was ignored.",
            cut.Find("[data-testid=export-message]").TextContent));
    }

    [Fact]
    public void In_chinese_the_button_the_progress_and_the_outcome_are_worded_in_chinese_with_grouped_counts()
    {
        using var scope = CultureScope.Chinese();
        var cut = Render<CsvExportButton>(p => p.Add(b => b.Href, Href).Add(b => b.Total, 1200));
        Assert.Equal("导出 CSV", cut.Find("button[data-testid=export-csv]").TextContent.Trim());

        cut.Find("button[data-testid=export-csv]").Click();

        Assert.Equal("正在导出…", cut.Find("button[data-testid=export-csv]").TextContent.Trim());
        Assert.Equal("导出进度", cut.Find("[data-testid=export-progress-bar]").GetAttribute("aria-label"));
        cut.InvokeAsync(() => cut.Instance.Progress(1100));
        Assert.Equal("1,100/1,200行", cut.Find("[data-testid=export-progress]").TextContent);

        download.SetResult(new CsvExportButton.ExportResult(true, 1201, null));
        cut.WaitForAssertion(() => Assert.Equal("已导出1,201行。", cut.Find("[data-testid=export-message]").TextContent));
    }

    [Theory]
    [InlineData("en-GB", "The export failed: the server could not be reached")]
    [InlineData("zh-CN", "导出失败：无法连接服务器")]
    public void An_unreachable_server_is_said_in_the_readers_language(string language, string message)
    {
        using var scope = CultureScope.Of(language);
        var cut = Render<CsvExportButton>(p => p.Add(b => b.Href, Href).Add(b => b.Total, 10));
        cut.Find("button[data-testid=export-csv]").Click();

        download.SetResult(new CsvExportButton.ExportResult(false, 0, null));

        cut.WaitForAssertion(() => Assert.Equal(message, cut.Find("[data-testid=export-message]").TextContent));
    }

    [Fact]
    public void Without_a_known_total_the_progress_bar_is_indeterminate()
    {
        var cut = Render<CsvExportButton>(p => p.Add(b => b.Href, Href).Add(b => b.Total, 0));

        cut.Find("button[data-testid=export-csv]").Click();

        Assert.Contains("mud-progress-indeterminate", cut.Find("[data-testid=export-progress-bar]").ClassName);
    }
}

using Bunit;
using CainiaoDashboard.Features.Executive;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class ExecutiveNoticesTests : MudTestContext
{
    [Fact]
    public void Until_the_first_read_it_shows_the_placeholder_and_the_address_problems()
    {
        var cut = RenderNotices(loading: true, loadError: null, problems: ["Unknown range \"x\"."]);

        Assert.Contains("Reading the volume rollups", cut.Find("[data-testid=volume-loading]").TextContent);
        Assert.Contains("Unknown range \"x\".", cut.Find("[data-testid=volume-problem]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=volume-error]"));
    }

    [Fact]
    public void A_failed_read_replaces_the_placeholder_with_the_error()
    {
        var cut = RenderNotices(loading: true, loadError: "The figures could not be read just now.", problems: []);

        Assert.Contains("could not be read", cut.Find("[data-testid=volume-error]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=volume-loading]"));
        Assert.Empty(cut.FindAll("[data-testid=volume-problem]"));
    }

    [Fact]
    public void Once_figures_are_shown_there_is_no_placeholder()
    {
        var cut = RenderNotices(loading: false, loadError: null, problems: []);

        Assert.Empty(cut.FindAll("[data-testid=volume-loading]"));
    }

    private IRenderedComponent<ExecutiveNotices> RenderNotices(bool loading, string? loadError, IReadOnlyList<string> problems) =>
        Render<ExecutiveNotices>(p => p
            .Add(n => n.Page, "volume")
            .Add(n => n.Problems, problems)
            .Add(n => n.LoadError, loadError)
            .Add(n => n.Loading, loading)
            .Add(n => n.LoadingText, "Reading the volume rollups…")
            .Add(n => n.LoadingLines, 3)
            .Add(n => n.LoadingLineHeight, "96px"));
}

using Bunit.TestDoubles;
using Bunit;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Features.Parcels;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Components.Layout;

public sealed class HeaderSearchTests : MudTestContext, IClassFixture<SimulatedDatabase.OnSqlite>
{
    private readonly SimulatedDatabase.OnSqlite data;

    public HeaderSearchTests(SimulatedDatabase.OnSqlite data)
    {
        this.data = data;
        Services.AddSingleton(new ParcelLookup(data.Contexts));
        RenderProviders();
    }

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    [Fact]
    public async Task An_exact_number_typed_in_any_case_and_with_spaces_opens_that_parcel()
    {
        var number = await AnyNumberAsync();
        var cut = Render<HeaderSearch>();
        var typed = " " + string.Join(" ", number.Chunk(4).Select(c => new string(c))).ToLowerInvariant();

        Search(cut, typed);

        cut.WaitForAssertion(() => Assert.Equal($"http://localhost/parcels/{number}", Navigation.Uri));
        Assert.Equal("", cut.Find("input[data-testid=header-search]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=header-search-message]"));
    }

    [Fact]
    public async Task A_prefix_lists_up_to_eight_numbers_that_start_with_it_each_linking_to_its_parcel()
    {
        var prefix = (await AnyNumberAsync())[..^3];
        await using var db = data.Contexts.CreateDbContext();
        var expected = (await db.ParcelTrackingNumbers.Select(t => t.TrackingNumber).ToListAsync(Xunit.TestContext.Current.CancellationToken))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(ParcelLookup.MaxPrefixMatches).ToList();
        var cut = Render<HeaderSearch>();

        Search(cut, prefix);

        cut.WaitForAssertion(() => Assert.Equal(
            expected.Select(n => $"/parcels/{n}"),
            cut.FindAll("[data-testid=header-search-hits] a").Select(a => a.GetAttribute("href"))));
        Assert.Equal("http://localhost/", Navigation.Uri);
    }

    [Fact]
    public void An_unknown_number_says_so_and_escape_closes_the_message()
    {
        var cut = Render<HeaderSearch>();

        Search(cut, "ZZ404404404CN");

        cut.WaitForAssertion(() => Assert.Equal("No parcel has tracking number ZZ404404404CN, and none starts with it.",
            cut.Find("[data-testid=header-search-message]").TextContent.Trim()));
        cut.Find("input[data-testid=header-search]").KeyDown(new KeyboardEventArgs { Key = "Escape" });
        Assert.Empty(cut.FindAll("[data-testid=header-search-message]"));
        Assert.Equal("http://localhost/", Navigation.Uri);
    }

    [Theory]
    [InlineData("en-GB", "", "Enter a tracking number.")]
    [InlineData("en-GB", "zq9", "No parcel has tracking number ZQ9. Type at least 4 characters to search by the start of a number.")]
    [InlineData("zh-CN", "", "请输入运单号。")]
    [InlineData("zh-CN", "zq9", "没有运单号为 ZQ9 的包裹。按运单号开头查找时，请至少输入4个字符。")]
    [InlineData("zh-CN", "ZZ404404404CN", "没有运单号为 ZZ404404404CN 或以其开头的包裹。")]
    public void Empty_too_short_or_unknown_input_is_explained_in_the_readers_language(string language, string typed, string message)
    {
        using var culture = CultureScope.Of(language);
        var cut = Render<HeaderSearch>();

        Search(cut, typed);

        cut.WaitForAssertion(() => Assert.Equal(message, cut.Find("[data-testid=header-search-message]").TextContent.Trim()));
    }

    [Theory]
    [InlineData("en-GB", "Find a parcel by tracking number", "Tracking number", "Find")]
    [InlineData("zh-CN", "按运单号查找包裹", "运单号", "查找")]
    public void The_box_is_labelled_for_screen_readers(string language, string label, string placeholder, string find)
    {
        using var culture = CultureScope.Of(language);
        var cut = Render<HeaderSearch>();

        var input = cut.Find("input[data-testid=header-search]");
        Assert.Equal(label, cut.Find($"label[for={input.Id}]").TextContent);
        Assert.Equal("search", cut.Find("form").GetAttribute("role"));
        Assert.Equal(placeholder, input.GetAttribute("placeholder"));
        Assert.Equal(find, cut.Find("[data-testid=header-search-find]").TextContent.Trim());
        Assert.Equal("polite", cut.Find($"#{input.GetAttribute("aria-describedby")}").GetAttribute("aria-live"));
    }

    private static void Search(IRenderedComponent<HeaderSearch> cut, string typed)
    {
        cut.Find("input[data-testid=header-search]").Input(typed);
        cut.Find("form").Submit();
    }

    private async Task<string> AnyNumberAsync()
    {
        await using var db = data.Contexts.CreateDbContext();
        return await db.ParcelTrackingNumbers.OrderBy(t => t.ParcelId).Select(t => t.TrackingNumber).Skip(17)
            .FirstAsync(Xunit.TestContext.Current.CancellationToken);
    }
}

using Bunit.TestDoubles;
using Bunit;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Features.Parcels;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Components.Layout;

public sealed class HeaderSearchTests : MudTestContext, IClassFixture<SimulatedDatabase>
{
    private readonly SimulatedDatabase data;

    public HeaderSearchTests(SimulatedDatabase data)
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
    [InlineData("", "Enter a tracking number.")]
    [InlineData("zq9", "No parcel has tracking number ZQ9. Type at least 4 characters to search by the start of a number.")]
    public void Empty_or_too_short_input_is_explained(string typed, string message)
    {
        var cut = Render<HeaderSearch>();

        Search(cut, typed);

        cut.WaitForAssertion(() => Assert.Equal(message, cut.Find("[data-testid=header-search-message]").TextContent.Trim()));
    }

    [Fact]
    public void The_box_is_labelled_for_screen_readers()
    {
        var cut = Render<HeaderSearch>();

        var input = cut.Find("input[data-testid=header-search]");
        Assert.Equal("Find a parcel by tracking number", cut.Find($"label[for={input.Id}]").TextContent);
        Assert.Equal("search", cut.Find("form").GetAttribute("role"));
        Assert.Equal("Tracking number", input.GetAttribute("placeholder"));
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

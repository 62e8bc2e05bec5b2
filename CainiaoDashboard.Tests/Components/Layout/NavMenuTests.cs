using Bunit;
using Bunit.TestDoubles;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CainiaoDashboard.Tests.Components.Layout;

public sealed class NavMenuTests : MudTestContext
{
    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    [Theory]
    [InlineData(Roles.Manager, "Overview Parcels Late At risk Stalled Exceptions Open complaints Complaints Volume Flows System")]
    [InlineData(Roles.Support, "Overview Parcels Late At risk Stalled Exceptions Open complaints Complaints System")]
    [InlineData(Roles.Executive, "Overview Volume Flows System")]
    [InlineData(Roles.Admin, "Overview Parcels Late At risk Stalled Exceptions Open complaints Complaints Volume Flows System Admin")]
    public void Each_role_sees_the_pages_its_policies_open(string role, string links)
    {
        var cut = RenderMenu(role);

        Assert.Equal(links, string.Join(" ", cut.FindAll(".mud-nav-link-text").Select(t => t.TextContent.Trim())));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?carrier=ZTO&tz=UTC")]
    [InlineData("/parcels")]
    [InlineData("/parcels/")]
    [InlineData("/parcels?view=late")]
    [InlineData("/parcels?view=late&carrier=ZTO")]
    [InlineData("/parcels?view=lateness")]
    [InlineData("/parcels/ZT123456789")]
    [InlineData("/complaints")]
    [InlineData("/complaints/42")]
    [InlineData("/complaintsarchive")]
    [InlineData("/Volume#top")]
    [InlineData("/system")]
    [InlineData("/admin?tab=users")]
    public void A_link_is_active_exactly_where_a_NavLink_to_the_same_address_would_be(string address)
    {
        var cut = RenderMenu(Roles.Admin, address);

        foreach (var link in cut.FindAll("a.mud-nav-link"))
        {
            var href = link.GetAttribute("href")!;
            var match = href is "/" or "/parcels" ? NavLinkMatch.All : NavLinkMatch.Prefix;
            var navLink = Render<NavLink>(p => p.Add(n => n.Match, match).AddUnmatched("href", href));
            var navLinkActive = navLink.Find("a").ClassList.Contains("active");

            Assert.True(navLinkActive == link.ClassList.Contains("active"), $"{href} at {address}: NavLink active {navLinkActive}");
            Assert.Equal(navLinkActive ? "page" : null, link.GetAttribute("aria-current"));
        }
    }

    [Fact]
    public void The_active_link_follows_navigation()
    {
        // The menu is part of the static shell: each navigation renders it anew for the address it leads to.
        var cut = RenderMenu(Roles.Manager, "/");
        Assert.Equal("Overview", ActiveLinks(cut));

        Navigation.NavigateTo("/volume");

        Assert.Equal("Volume", ActiveLinks(Render<NavMenu>()));
    }

    private static string ActiveLinks(IRenderedComponent<NavMenu> cut) =>
        string.Join(" ", cut.FindAll("a.mud-nav-link.active .mud-nav-link-text").Select(t => t.TextContent.Trim()));

    private IRenderedComponent<NavMenu> RenderMenu(string role, string address = "/")
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("amy");
        auth.SetRoles(role);
        Navigation.NavigateTo(address);
        return Render<NavMenu>();
    }
}

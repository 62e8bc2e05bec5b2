using System.Security.Claims;
using Bunit;
using CainiaoDashboard.Components.Layout;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace CainiaoDashboard.Tests.Components.Layout;

public sealed class UserMenuTests : MudTestContext
{
    public UserMenuTests() => Services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgeryState>();

    [Fact]
    public void A_signed_in_user_sees_their_name_role_and_a_sign_out_form_with_its_token()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "li.wei"), new Claim(ClaimTypes.Role, Roles.Support)], "cookie"));

        var cut = Render<UserMenu>(p => p.Add(m => m.User, user));

        Assert.Equal("li.wei", cut.Find("[data-testid=signed-in-user]").TextContent);
        Assert.Equal(Roles.Support, cut.Find("[data-testid=signed-in-role]").TextContent);
        Assert.Equal("submit", cut.Find("form[method=post] [data-testid=sign-out]").GetAttribute("type"));
        Assert.Equal("token-value", cut.Find("form input[name=token-field]").GetAttribute("value"));
    }

    [Fact]
    public void Nobody_signed_in_shows_nothing()
    {
        var cut = Render<UserMenu>(p => p.Add(m => m.User, new ClaimsPrincipal(new ClaimsIdentity())));

        Assert.Empty(cut.FindAll(".user-menu"));
    }

    private sealed class FixedAntiforgeryState : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("token-value", "token-field");
    }
}

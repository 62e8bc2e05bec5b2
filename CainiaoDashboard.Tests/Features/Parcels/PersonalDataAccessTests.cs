using System.Security.Claims;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace CainiaoDashboard.Tests.Features.Parcels;

public sealed class PersonalDataAccessTests
{
    [Theory]
    [InlineData(Roles.Support, true)]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Manager, false)]
    [InlineData(Roles.Executive, false)]
    public async Task Only_support_and_admin_may_see_personal_data(string role, bool expected)
    {
        // The framework's own server-side provider, as a circuit has it.
        var provider = new ServerAuthenticationStateProvider();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(User(role))));
        var access = new PersonalDataAccess(provider);

        Assert.Equal(expected, await access.LoadAsync());
        Assert.Equal(expected, access.CanSee);
        Assert.Equal(expected, PersonalDataAccess.For(User(role)));
        Assert.Equal(expected ? "Li Wei" : PersonalDataAccess.Hidden, PersonalDataAccess.Mask("Li Wei", access.CanSee));
    }

    [Fact]
    public void Nobody_signed_in_sees_nothing_and_asking_before_loading_is_an_error()
    {
        var anonymousWithRoleClaim = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)]));

        Assert.False(PersonalDataAccess.For(anonymousWithRoleClaim));
        Assert.Throws<InvalidOperationException>(() => new PersonalDataAccess(new ServerAuthenticationStateProvider()).CanSee);
    }

    private static ClaimsPrincipal User(string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone@example.com"), new Claim(ClaimTypes.Role, role)], "Test"));
}

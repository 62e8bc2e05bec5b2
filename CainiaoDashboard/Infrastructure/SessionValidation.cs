using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// Whether a session still stands: its user exists, is not locked out, and the security stamp the session was issued
/// with is still the user's. Sign-out, a lock and a role change renew the stamp, so every session issued before them
/// fails. The stamp belongs to the user, not to one session: signing out ends all of that account's sessions.
/// </summary>
public static class SessionValidation
{
    public static async Task<bool> IsStillValidAsync(UserManager<IdentityUser> users, ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var sessionStamp = principal.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType);
        return sessionStamp == await users.GetSecurityStampAsync(user);
    }

    /// <summary>
    /// The session cookie's check, on every request to an endpoint that needs a signed-in user. Not Identity's
    /// SecurityStampValidator with a zero interval: that rebuilds the principal (user, claims, roles: several queries)
    /// and re-issues the cookie on every response. This is one read of the user by key and changes nothing when valid.
    /// Anonymous endpoints (static files, /healthz, sign-in, the carrier API) do not look at the user, so they skip it.
    /// </summary>
    public static async Task ValidateCookieAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        if (context.Principal is null || http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return;
        }

        // A scope of its own, ended here: the request's scope lives as long as the request, and a circuit's WebSocket
        // request lasts as long as the page is open, which kept a DbContext and its tracked user alive per open page.
        bool valid;
        await using (var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
        {
            valid = await IsStillValidAsync(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>(), context.Principal);
        }

        if (valid)
        {
            return;
        }

        context.RejectPrincipal();
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

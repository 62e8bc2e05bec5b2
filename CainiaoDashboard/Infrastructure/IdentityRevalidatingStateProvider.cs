using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;

namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// The circuit's authentication state, checked again every interval (a minute by default): a user who signed out, was
/// locked or deleted, or whose role changed loses the open circuit too (see <see cref="SessionValidation"/>); HTTP
/// requests are checked every time. A circuit holds no cookie to re-check, hence the timer.
/// </summary>
internal sealed class IdentityRevalidatingStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IHostApplicationLifetime lifetime,
    TimeSpan interval) : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            // A scope per check: the circuit's own scope would keep one DbContext (and its cached user) for hours.
            await using var scope = scopeFactory.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            return await SessionValidation.IsStillValidAsync(users, authenticationState.User);
        }
        catch (ObjectDisposedException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // A check that wakes while the app shuts down finds its services gone; the circuit ends with the app, so
            // there is nothing left to protect, and no error to report.
            return true;
        }
    }
}

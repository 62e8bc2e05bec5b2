using CainiaoDashboard.Data;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// Sign-in with ASP.NET Core Identity on the dashboard's own database: cookie authentication, lockout, one
/// role per user, no self-registration. Pages redirect an anonymous visitor to sign-in and a forbidden one to
/// the "not allowed" page; every other endpoint (data, the Blazor hub) answers 401 / 403 instead.
/// </summary>
public static class AuthSetup
{
    public const string CookieName = "CainiaoAuth";

    public static void AddCainiaoAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var development = builder.Environment.IsDevelopment();

        services.AddCascadingAuthenticationState();
        services.AddAuthorizationBuilder().AddCainiaoPolicies();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 10;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<CainiaoDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // Read when first needed, after start-up validation has checked them.
        services.AddValidatedOptions<AuthOptions, AuthOptionsValidator>(builder.Configuration, AuthOptions.Section);
        services.AddOptions<IdentityOptions>().Configure<IOptions<AuthOptions>>((options, auth) =>
        {
            options.Lockout.MaxFailedAccessAttempts = auth.Value.MaxFailedSignIns;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(auth.Value.LockoutMinutes);
        });

        // Sign-out, a lock or a role change (each renews the security stamp) ends the user's sessions: cookies on their
        // next request (SessionValidation), open circuits within this interval.
        services.AddScoped<AuthenticationStateProvider>(provider => ActivatorUtilities.CreateInstance<IdentityRevalidatingStateProvider>(
            provider, TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<AuthOptions>>().Value.SessionRevalidationSeconds)));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = AccountPaths.SignIn;
            options.LogoutPath = AccountPaths.SignOut;
            options.AccessDeniedPath = AccountPaths.NotAllowed;
            // Replaces Identity's interval-based security stamp check (see SessionValidation for why).
            options.Events.OnValidatePrincipal = SessionValidation.ValidateCookieAsync;
            options.Events.OnRedirectToLogin = context => RedirectPagesOnly(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectPagesOnly(context, StatusCodes.Status403Forbidden);
        });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "CainiaoAntiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Not "Always": the antiforgery system then refuses plain-HTTP requests outright. HTTPS redirection
            // already keeps browsers on HTTPS outside Development, where this cookie is then marked Secure.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
    }

    /// <summary>
    /// A page (a routable Razor component, or an unmatched address a browser asked for as HTML) is redirected;
    /// anything else gets the bare status code, so scripts and the Blazor hub never receive a sign-in form.
    /// </summary>
    private static Task RedirectPagesOnly(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsPageRequest(context.HttpContext))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }

    public static bool IsPageRequest(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            return false;
        }

        if (http.GetEndpoint() is { } endpoint)
        {
            return endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
        }

        return !request.Path.StartsWithSegments("/api")
            && request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
    }

    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A form post with the anti-forgery token (checked by UseAntiforgery for form-bound endpoints).
        app.MapPost(AccountPaths.SignOut, async (SignInManager<IdentityUser> signIn, ILoggerFactory logs, HttpContext http, IFormCollection form) =>
        {
            var userId = signIn.UserManager.GetUserId(http.User);
            // Removing the cookie from this browser is not enough: a copy of it would still be valid until it expires.
            if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            logs.CreateLogger("CainiaoDashboard.Account").LogInformation("User {UserId} signed out.", userId);
            return TypedResults.LocalRedirect(AccountPaths.SignIn + "?signedOut=true");
        });
    }
}

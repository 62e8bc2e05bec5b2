using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace CainiaoDashboard.Shared;

/// <summary>The four roles. A user has exactly one.</summary>
public static class Roles
{
    public const string Manager = "Manager";
    public const string Support = "Support";
    public const string Executive = "Executive";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Manager, Support, Executive, Admin];

    /// <summary>The role's canonical spelling, or null for an unknown role (case-insensitive).</summary>
    public static string? Normalise(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Every authorization rule of the dashboard, in one place. Pages and endpoints name a policy
/// (<c>[Authorize(Policy = Policies.ParcelData)]</c>, <c>.RequireAuthorization(Policies.ParcelData)</c>);
/// anything that names none falls back to "signed in".
/// </summary>
public static class Policies
{
    /// <summary><c>/</c> and <c>/system</c>: every role.</summary>
    public const string Overview = nameof(Overview);

    /// <summary><c>/parcels</c>, <c>/parcels/{...}</c>, <c>/complaints</c> and their data endpoints.</summary>
    public const string ParcelData = nameof(ParcelData);

    /// <summary><c>/volume</c>, <c>/flows</c> and their data endpoints.</summary>
    public const string ExecutivePages = nameof(ExecutivePages);

    /// <summary><c>/admin</c> and its endpoints.</summary>
    public const string Admin = nameof(Admin);

    /// <summary>Recipient name, phone, address and complaint text (see <c>Features/Parcels/PersonalDataAccess</c>).</summary>
    public const string PersonalData = nameof(PersonalData);

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [Overview] = [Roles.Manager, Roles.Support, Roles.Executive, Roles.Admin],
        [ParcelData] = [Roles.Support, Roles.Manager, Roles.Admin],
        [ExecutivePages] = [Roles.Executive, Roles.Manager, Roles.Admin],
        [Admin] = [Roles.Admin],
        [PersonalData] = [Roles.Support, Roles.Admin],
    };

    /// <summary>
    /// Whether the user meets the policy, checked in place (what the registered policy requires: signed in, one of
    /// its roles), for a page that shows a link or a field only to those allowed it.
    /// </summary>
    public static bool Allows(this ClaimsPrincipal user, string policy) =>
        user.Identity?.IsAuthenticated == true && RolesByPolicy[policy].Any(user.IsInRole);

    public static AuthorizationBuilder AddCainiaoPolicies(this AuthorizationBuilder builder)
    {
        foreach (var (policy, roles) in RolesByPolicy)
        {
            builder.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        // Everything that names no policy and is not marked anonymous needs a signed-in user.
        return builder.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}

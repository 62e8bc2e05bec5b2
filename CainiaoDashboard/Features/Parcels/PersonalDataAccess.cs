using System.Security.Claims;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components.Authorization;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>
/// Who may see personal data: recipient name, phone, address and complaint text. Only Support and Admin.
/// The query layer asks this before it reads: for anyone else it projects <see cref="Hidden"/> instead of the
/// column, so the value never leaves the database, let alone reaches the circuit.
/// <para>
/// Scoped: inside a circuit it reads the circuit's authentication state; in a static page or an endpoint use
/// <see cref="For(ClaimsPrincipal)"/> with <c>HttpContext.User</c>.
/// </para>
/// </summary>
public sealed class PersonalDataAccess(AuthenticationStateProvider authentication)
{
    /// <summary>What a masked field shows.</summary>
    public const string Hidden = "•••";

    private bool? canSee;

    /// <summary>True when the current user (Support or Admin) may see personal data. Known after <see cref="LoadAsync"/>.</summary>
    public bool CanSee => canSee ?? throw new InvalidOperationException($"Call {nameof(LoadAsync)} first (once per component, in OnInitializedAsync).");

    /// <summary>Reads the current user's roles; returns <see cref="CanSee"/>.</summary>
    public async Task<bool> LoadAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        canSee = For(state.User);
        return canSee.Value;
    }

    /// <summary>Whether this user may see personal data.</summary>
    public static bool For(ClaimsPrincipal user) => user.Allows(Policies.PersonalData);

    /// <summary>The value itself when allowed, <see cref="Hidden"/> otherwise (for values already read).</summary>
    public static string Mask(string? value, bool includePersonalData) =>
        includePersonalData ? value ?? string.Empty : Hidden;
}

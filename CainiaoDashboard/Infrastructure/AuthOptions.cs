namespace CainiaoDashboard.Infrastructure;

/// <summary>Settings under <c>Auth</c> in appsettings.json.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Failed sign-ins in a row before an account is locked.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long such a lock lasts.</summary>
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How often open sessions are checked against the user store, so locks and role changes take effect.</summary>
    public int SessionRevalidationSeconds { get; set; } = 60;
}

namespace CainiaoDashboard.Shared;

/// <summary>The addresses of the sign-in pages and the sign-out endpoint, for the host's wiring and the pages' links alike.</summary>
public static class AccountPaths
{
    public const string SignIn = "/account/sign-in";
    public const string SignOut = "/account/sign-out";
    public const string NotAllowed = "/account/not-allowed";
}

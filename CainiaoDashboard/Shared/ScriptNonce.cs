namespace CainiaoDashboard.Shared;

/// <summary>
/// This response's script nonce: the security headers middleware draws it and names it in the content security
/// policy; the page's one inline script (the import map in App.razor) carries it.
/// </summary>
public static class ScriptNonce
{
    private const string ItemKey = "CainiaoDashboard.ScriptNonce";

    public static void Set(HttpContext http, string nonce) => http.Items[ItemKey] = nonce;

    public static string? Of(HttpContext? http) => http?.Items[ItemKey] as string;
}

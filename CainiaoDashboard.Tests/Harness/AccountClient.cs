using System.Net;
using System.Text.RegularExpressions;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>Signs in over real HTTP through the sign-in page's form (anti-forgery token included), as a browser does.</summary>
public static partial class AccountClient
{
    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s and 401s as they are.</summary>
    public static HttpClient Create(Uri baseAddress, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    /// <summary>Loads the sign-in form, then posts it; returns the answer to the post (302 on success, 200 with a message otherwise).</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient http, string email, string password, CancellationToken ct, string? returnUrl = null)
    {
        var form = await http.GetStringAsync(AccountPaths.SignIn, ct);
        var token = AntiforgeryField().Match(form);
        Assert.True(token.Success, "The sign-in page has no anti-forgery token.");
        var address = AccountPaths.SignIn + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        return await http.PostAsync(address, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }), ct);
    }

    /// <summary>Signs out as the sign-out button does: takes the form's anti-forgery token from a page, then posts the form.</summary>
    public static async Task<HttpResponseMessage> PostSignOutAsync(HttpClient http, CancellationToken ct)
    {
        var page = await http.GetStringAsync("/system", ct);
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, "The page has no sign-out form with an anti-forgery token.");
        return await http.PostAsync(AccountPaths.SignOut, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }), ct);
    }

    /// <summary>The text of the sign-in page's error message, or null.</summary>
    public static string? ErrorMessage(string html) =>
        ErrorElement().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("data-testid=\"sign-in-error\"[^>]*>[\\s\\S]*?class=\"mud-alert-message\">([^<]*)<")]
    private static partial Regex ErrorElement();
}

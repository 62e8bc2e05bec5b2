
namespace CainiaoDashboard.Tests.Harness;

public static class LivePage
{
    /// <summary>
    /// Waits until the page's Blazor circuit is connected: the status bar says so once the server has rendered it
    /// interactively, so clicks and typing from then on reach the server.
    /// </summary>
    public static Task WaitUntilInteractiveAsync(this IPage page) =>
        Assertions.Expect(page.Locator(".live-status")).ToHaveAttributeAsync("data-interactive", "true");

    /// <summary>A new page signed in as <paramref name="role"/>, at <paramref name="path"/>, once it is interactive.</summary>
    public static async Task<IPage> OpenInteractiveAsync(this BrowserFixture browser, DashboardServer server, string role, string path)
    {
        var context = await browser.NewSignedInContextAsync(server, role);
        return await context.OpenInteractiveAsync(path);
    }

    /// <summary>A new page in <paramref name="context"/> (and so with its sign-in), at <paramref name="path"/>, once it is interactive.</summary>
    public static async Task<IPage> OpenInteractiveAsync(this IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitUntilInteractiveAsync();
        return page;
    }
}

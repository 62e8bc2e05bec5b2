using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>One headless Chromium shared by every end-to-end test in the run.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;
    private string? missingReason;
    // Kept per server, not per address: a server started after another stopped may get the same loopback port, and the
    // first one's cookie means nothing to it (its own data-protection keys), so the page would land on sign-in. Weakly,
    // so a stopped server is not kept alive by its sign-ins.
    private readonly ConditionalWeakTable<DashboardServer, ConcurrentDictionary<string, Lazy<Task<string>>>> signedInStates = new();

    // The contexts each running test opened, by the test's id, so they close when it ends (CloseBrowserPagesAfterTest).
    private static readonly ConcurrentDictionary<string, ConcurrentBag<IBrowserContext>> contextsByTest = new();

    public async ValueTask InitializeAsync()
    {
        var executable = Chromium.FindExecutable();
        if (executable is null)
        {
            missingReason = $"No Chromium found for the end-to-end tests. {Chromium.InstallHint}";
            return;
        }

        // Assertions wait for the live circuit; on a busy two-core CI machine a render can take longer than the 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = LaunchArguments,
        });
    }

    /// <summary>
    /// A fresh context and page. Without Chromium the test is reported as skipped with the install command,
    /// except under CI=true, where a missing browser is a failure.
    /// </summary>
    public Task<IPage> NewPageAsync(Uri baseAddress, int width = 1440, int height = 900) => NewPageAsync(baseAddress, null, width, height);

    /// <summary>
    /// A fresh context and page signed in as the role's demo account. The first context per server and role signs in
    /// through the real sign-in form; later ones start with the cookies that sign-in left.
    /// </summary>
    public async Task<IPage> NewSignedInPageAsync(DashboardServer server, string role, int width = 1440, int height = 900)
    {
        var context = await NewSignedInContextAsync(server, role, width, height);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A fresh context signed in as the role's demo account (see <see cref="NewSignedInPageAsync"/>); every page opened
    /// in it shares the sign-in cookie.
    /// </summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(DashboardServer server, string role, int width = 1440, int height = 900)
    {
        var state = await signedInStates.GetValue(server, _ => new()).GetOrAdd(role,
            r => new Lazy<Task<string>>(() => SignInThroughTheFormAsync(server.BaseAddress, r))).Value;
        return await NewContextAsync(server.BaseAddress, state, width, height);
    }

    /// <summary>Opens the sign-in page, then fills and submits its form as a person would.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync(AccountPaths.SignIn);
        await SubmitSignInFormAsync(page, email, password);
    }

    /// <summary>Fills and submits the sign-in form the page shows.</summary>
    public static async Task SubmitSignInFormAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private async Task<string> SignInThroughTheFormAsync(Uri server, string role)
    {
        var page = await NewPageAsync(server, null, 1440, 900);
        try
        {
            await SignInAsync(page, IdentitySeeding.DemoEmail(role), DashboardServer.DemoPassword);
            await Assertions.Expect(page.GetByTestId("signed-in-role")).ToHaveTextAsync(role);
            return await page.Context.StorageStateAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> NewPageAsync(Uri baseAddress, string? storageState, int width, int height)
    {
        var context = await NewContextAsync(baseAddress, storageState, width, height);
        return await context.NewPageAsync();
    }

    private async Task<IBrowserContext> NewContextAsync(Uri baseAddress, string? storageState, int width, int height)
    {
        if (browser is null)
        {
            if (Chromium.RunningInCi)
            {
                Assert.Fail(missingReason);
            }

            Assert.Skip(missingReason!);
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = "UTC",
            StorageState = storageState,
        });
        context.SetDefaultTimeout(15_000);
        if (TestContext.Current.Test?.UniqueID is { } test)
        {
            contextsByTest.GetOrAdd(test, _ => []).Add(context);
        }

        return context;
    }

    /// <summary>
    /// Closes the contexts the test opened. A live page left open keeps rendering every update until its server stops;
    /// dozens of them starve the tests still running on a two-core machine. Not awaited: the runner's hook is
    /// synchronous, and a close that fails (the browser already gone at the end of the run) changes no result.
    /// </summary>
    public static void CloseContextsOf(string testId)
    {
        if (!contextsByTest.TryRemove(testId, out var contexts)) return;
        foreach (var context in contexts)
        {
            _ = context.CloseAsync().ContinueWith(closing => closing.Exception, TaskContinuationOptions.OnlyOnFaulted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
    }
}

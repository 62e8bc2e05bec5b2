using Microsoft.Playwright;

namespace CainiaoDashboard.Tests.Infrastructure;

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

    public async ValueTask InitializeAsync()
    {
        var executable = Chromium.FindExecutable();
        if (executable is null)
        {
            missingReason = $"No Chromium found for the end-to-end tests. {Chromium.InstallHint}";
            return;
        }

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
    public async Task<IPage> NewPageAsync(Uri baseAddress, int width = 1440, int height = 900)
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
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
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

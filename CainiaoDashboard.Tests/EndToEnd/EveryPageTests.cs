using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// Every page, as each role sees it, in the light and the dark theme, on seeded history: axe-core finds no serious
/// or critical WCAG 2.1 AA violation; and (as an administrator, who opens every page) each fits 1280x800 and
/// 1440x900 with no sideways scrolling, nothing cut at the right edge, no overlapping cards and no clipped text.
/// Screenshots land in bin/.../screenshots/.
/// </summary>
public sealed class EveryPageTests(SeededDashboardServer server, BrowserFixture browser) : IClassFixture<SeededDashboardServer>
{
    private static readonly (int Width, int Height)[] LaptopScreens = [(1440, 900), (1280, 800)];

    public static TheoryData<string, string> RoleAndTheme()
    {
        var cases = new TheoryData<string, string>();
        foreach (var role in Roles.All)
        {
            cases.Add(role, "light");
            cases.Add(role, "dark");
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(RoleAndTheme))]
    public async Task Every_page_of_the_role_passes_axe_and_fits_laptop_screens(string role, string theme)
    {
        var page = await browser.NewSignedInPageAsync(server, role, 1440, 900);
        await PageChecks.UseThemeAsync(page, server.BaseAddress, theme);
        var problems = new List<string>();
        var checkLayout = role == Roles.Admin;

        foreach (var path in DashboardPages.For(role).Select(WithRealParcel))
        {
            await page.GotoAsync(path);
            await PageChecks.WaitUntilSettledAsync(page);
            problems.AddRange((await PageChecks.AccessibilityViolationsAsync(page)).Select(v => $"{path} [axe] {v}"));
            if (checkLayout)
            {
                problems.AddRange(await LayoutProblemsAtEveryScreenAsync(page, path, theme));
            }
        }

        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, $"{role}, {theme} theme:\n" + string.Join("\n", problems));
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_sign_in_page_passes_axe_and_fits_laptop_screens(string theme)
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await PageChecks.UseThemeAsync(page, server.BaseAddress, theme);
        await page.GotoAsync(AccountPaths.SignIn);
        await PageChecks.WaitUntilSettledAsync(page, interactive: false);

        var problems = (await PageChecks.AccessibilityViolationsAsync(page)).Select(v => $"[axe] {v}").ToList();
        problems.AddRange(await LayoutProblemsAtEveryScreenAsync(page, AccountPaths.SignIn, theme));

        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<IEnumerable<string>> LayoutProblemsAtEveryScreenAsync(IPage page, string path, string theme)
    {
        var problems = new List<string>();
        foreach (var (width, height) in LaptopScreens)
        {
            // Opened at that size, as a person on that laptop would: charts size themselves when they are drawn.
            await page.SetViewportSizeAsync(width, height);
            await page.ReloadAsync();
            await PageChecks.WaitUntilSettledAsync(page, interactive: page.Url.Contains("/account/") == false);
            var slug = path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-');
            var file = await PageChecks.ScreenshotAsync(page, $"{(slug.Length == 0 ? "overview" : slug)}-{theme}-{width}x{height}");
            problems.AddRange((await PageChecks.LayoutProblemsAsync(page)).Select(p => $"{path} at {width}x{height} [layout] {p} (screenshot {file})"));
        }

        await page.SetViewportSizeAsync(LaptopScreens[0].Width, LaptopScreens[0].Height);
        return problems;
    }

    /// <summary>The parcel page with the parcel that has the longest story: hand-over, most events, complaints.</summary>
    private string WithRealParcel(string path) =>
        path.Contains(DashboardPages.ParcelPlaceholder) ? path.Replace(DashboardPages.ParcelPlaceholder, BusiestParcel()) : path;

    private string BusiestParcel()
    {
        using var connection = new SqliteConnection($"Data Source={server.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT p.TrackingNumber FROM Parcels p
            ORDER BY (SELECT COUNT(*) FROM ParcelTrackingNumbers t WHERE t.ParcelId = p.Id) DESC,
                     (SELECT COUNT(*) FROM Complaints c WHERE c.ParcelId = p.Id) DESC,
                     (SELECT COUNT(*) FROM TrackingEvents e WHERE e.ParcelId = p.Id) DESC
            LIMIT 1
            """;
        return (string)command.ExecuteScalar()!;
    }
}

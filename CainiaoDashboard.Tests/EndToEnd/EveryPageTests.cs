using CainiaoDashboard.Domain;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Tests.EndToEnd;

/// <summary>
/// Every page, as each role sees it, in English and in Chinese, in the light and the dark theme, on seeded history:
/// axe-core finds no serious or critical WCAG 2.1 AA violation; (as an administrator, who opens every page) each fits
/// 1280x800 and 1440x900 with no sideways scrolling, nothing cut at the right edge, no overlapping cards and no clipped
/// text; and in Chinese (asked for by the browser's Accept-Language) no English is left: no text asked for without its
/// translation, and no English word on the page but the codes of <see cref="NotTranslated"/>. Screenshots land in
/// bin/.../screenshots/.
/// </summary>
public sealed class EveryPageTests(SeededDashboardServer server, BrowserFixture browser) : IClassFixture<SeededDashboardServer>
{
    private static readonly (int Width, int Height)[] LaptopScreens = [(1440, 900), (1280, 800)];

    /// <summary>
    /// The words a Chinese page may show in Latin letters: codes (carriers, hubs, regions, services, channels, time
    /// zones), the product's name, file formats and software names.
    /// </summary>
    private static readonly IReadOnlySet<string> NotTranslated = new HashSet<string>(
    [
        .. ReferenceData.Carriers.Select(c => c.Code), .. ReferenceData.Hubs.Select(h => h.Code), .. ReferenceData.Regions.Select(r => r.Code),
        .. ReferenceData.ServiceLevels.Select(s => s.Code), .. ReferenceData.Channels.Select(c => c.Code),
        "CainiaoDashboard", "Cainiao", "Dashboard", "CST", "UTC", "CSV", "API", "KPI", "SLA",
        // File formats, the key named in the keyboard hint, the software named on /system, the command named on /admin.
        "SVG", "PNG", "Tab", "ApexCharts", "NET", "create-user",
    ], StringComparer.Ordinal);

    /// <summary>Both themes in English for every role; in Chinese every role in the light theme, the administrator in both.</summary>
    public static TheoryData<string, string, string> RoleThemeAndLanguage()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var role in Roles.All)
        {
            cases.Add(role, "light", "en-GB");
            cases.Add(role, "dark", "en-GB");
            cases.Add(role, "light", "zh-CN");
        }

        cases.Add(Roles.Admin, "dark", "zh-CN");
        return cases;
    }

    [Theory]
    [MemberData(nameof(RoleThemeAndLanguage))]
    public async Task Every_page_of_the_role_passes_axe_fits_laptop_screens_and_speaks_the_language(string role, string theme, string language)
    {
        var page = await browser.NewSignedInPageAsync(server, role, 1440, 900);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = $"{language},{language[..2]};q=0.9" });
        await PageChecks.UseThemeAsync(page, server.BaseAddress, theme);
        var problems = new List<string>();
        var checkLayout = role == Roles.Admin;
        var chinese = language == "zh-CN";

        foreach (var path in DashboardPages.For(role).Select(WithRealParcel))
        {
            await page.GotoAsync(path);
            await PageChecks.WaitUntilSettledAsync(page);
            problems.AddRange((await PageChecks.AccessibilityViolationsAsync(page)).Select(v => $"{path} [axe] {v}"));
            if (chinese)
            {
                problems.AddRange((await PageChecks.EnglishLeftoversAsync(page, NotTranslated)).Select(e => $"{path} [English] {e}"));
            }

            if (checkLayout)
            {
                problems.AddRange(await LayoutProblemsAtEveryScreenAsync(page, path, $"{theme}-{language}"));
            }
        }

        await page.Context.CloseAsync();
        if (chinese)
        {
            // Noted by the app's localizers in this process (TranslationsTests notes one on purpose).
            problems.AddRange(Translations.Missing.Where(m => !m.StartsWith("TranslationsTests:", StringComparison.Ordinal))
                .Select(m => $"[no translation] {m}"));
        }

        Assert.True(problems.Count == 0, $"{role}, {theme} theme, {language}:\n" + string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public async Task The_sign_in_page_speaks_chinese_to_a_chinese_browser()
    {
        var page = await browser.NewPageAsync(server.BaseAddress);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "zh-CN,zh;q=0.9" });
        await page.GotoAsync(AccountPaths.SignIn);
        await PageChecks.WaitUntilSettledAsync(page, interactive: false);

        var problems = (await PageChecks.EnglishLeftoversAsync(page, NotTranslated)).ToList();
        problems.AddRange(await LayoutProblemsAtEveryScreenAsync(page, AccountPaths.SignIn, "light-zh-CN"));

        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
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

    private static async Task<IEnumerable<string>> LayoutProblemsAtEveryScreenAsync(IPage page, string path, string look)
    {
        var problems = new List<string>();
        foreach (var (width, height) in LaptopScreens)
        {
            // Opened at that size, as a person on that laptop would: charts size themselves when they are drawn.
            await page.SetViewportSizeAsync(width, height);
            await page.ReloadAsync();
            await PageChecks.WaitUntilSettledAsync(page, interactive: page.Url.Contains("/account/") == false);
            var slug = path.Trim('/').Replace('/', '-').Replace('?', '-').Replace('=', '-');
            var file = await PageChecks.ScreenshotAsync(page, $"{(slug.Length == 0 ? "overview" : slug)}-{look}-{width}x{height}");
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

namespace CainiaoDashboard.Tests.Harness;

/// <summary>Finds the Chromium the end-to-end tests drive (Playwright cannot download its own here).</summary>
public static class Chromium
{
    public const string InstallHint = "Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).";

    public static string? FindExecutable()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured : null;
        }

        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
    }

    public static bool RunningInCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

using System.Text.Json;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// A <c>bench</c> command run as its own process, as a user runs it: the dashboard's, or with
/// <see cref="BrowserBenchmarks"/> the test project's own (<c>bench live</c>, <c>bench circuits</c>).
/// </summary>
public static class BenchCommand
{
    public const string BrowserBenchmarks = "CainiaoDashboard.Tests.dll";

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string[] arguments, CancellationToken ct, string assembly = AppProcess.DashboardAssembly)
    {
        using var directory = new TempDirectory();
        return await AppProcess.RunCommandWithInputAsync(
            ["bench", .. arguments], $"Data Source={Path.Combine(directory.Path, "unused.db")}", "", ct, assembly: assembly);
    }

    /// <summary>Runs the command and checks that it was refused, with exit code 2 and its usage line.</summary>
    public static async Task AssertRefusedAsync(string[] arguments, string usage, string assembly = AppProcess.DashboardAssembly)
    {
        var run = await RunAsync(arguments, TestContext.Current.CancellationToken, assembly);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(usage, run.Error);
    }

    /// <summary>The figures: the JSON object on the output's last line.</summary>
    public static JsonElement Figures(string output)
    {
        using var figures = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        return figures.RootElement.Clone();
    }
}

using System.Text.Json;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>A <c>bench</c> command run as its own process, as a user runs it.</summary>
public static class BenchCommand
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] arguments, CancellationToken ct)
    {
        using var directory = new TempDirectory();
        return await AppProcess.RunCommandWithInputAsync(
            ["bench", .. arguments], $"Data Source={Path.Combine(directory.Path, "unused.db")}", "", ct);
    }

    /// <summary>Runs the command and checks that it was refused, with exit code 2 and its usage line.</summary>
    public static async Task AssertRefusedAsync(string[] arguments, string usage)
    {
        var run = await RunAsync(arguments, TestContext.Current.CancellationToken);
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

using System.Diagnostics;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>The dashboard as a separate operating-system process (built next to the tests), so it can be killed for real.</summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process process;

    private AppProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<AppProcess> StartAsync(string connectionString, CancellationToken ct, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = LoopbackPorts.Free();
        var process = Start(["--urls", $"http://127.0.0.1:{port}"], connectionString, settings: settings);
        // Drain the output so a chatty server never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        // A guard against a hang: a start on a loaded two-core CI machine can take over a minute.
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited) throw new InvalidOperationException($"The dashboard exited with code {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync("/healthz", ct)).IsSuccessStatusCode) return app;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
            }

            await Task.Delay(100, ct);
        }

        app.Dispose();
        throw new TimeoutException("The dashboard did not become healthy within three minutes.");
    }

    /// <summary>Runs a command-line command of the dashboard and returns what it printed.</summary>
    public static async Task<string> RunCommandAsync(string[] arguments, string connectionString, CancellationToken ct)
    {
        using var process = Start(arguments, connectionString);
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"'{string.Join(' ', arguments)}' failed: {output}");
        return output;
    }

    /// <summary>
    /// Runs a command with the given text on its standard input; returns its exit code and both outputs. The command is
    /// the dashboard's unless <paramref name="assembly"/> names another program built next to the tests.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunCommandWithInputAsync(
        string[] arguments, string connectionString, string input, CancellationToken ct, string environment = "Production",
        string assembly = DashboardAssembly)
    {
        using var process = Start(arguments, connectionString, environment, captureErrors: true, assembly: assembly);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts the dashboard with these settings (configuration keys such as <c>Ingest:BatchSize</c>) for a start that
    /// should fail, and waits for it to exit. A dashboard still running after the timeout is killed and the test fails.
    /// </summary>
    public static async Task<ProcessExit> StartExpectingExitAsync(
        string connectionString, IReadOnlyDictionary<string, string> settings, CancellationToken ct, string[]? arguments = null)
    {
        using var process = Start(arguments ?? ["--urls", $"http://127.0.0.1:{LoopbackPorts.Free()}"], connectionString, settings: settings, captureErrors: true);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // A failing start takes a few seconds; a loaded two-core CI machine gets a generous margin.
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
            Assert.Fail($"The dashboard was still running after 90 s; it printed: {await output}{await error}");
        }

        return new ProcessExit(process.ExitCode, await output, await error);
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as in a crash or power loss of the process.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public const string DashboardAssembly = "CainiaoDashboard.dll";

    private static Process Start(
        string[] arguments, string connectionString, string environment = "Production", bool captureErrors = false,
        IReadOnlyDictionary<string, string>? settings = null, string assembly = DashboardAssembly)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = captureErrors,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ConnectionStrings__Cainiao"] = connectionString;
        start.Environment["Simulator__Enabled"] = "false";
        start.Environment["Seed__HistoryDays"] = "0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        if (!captureErrors)
        {
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
        }

        return process;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}

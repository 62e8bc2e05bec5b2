using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// Start-up (settings, options, database, identity, binding the listening address) either succeeds or ends the
/// process with exit code <see cref="FailureExitCode"/> and one logged line that says what is wrong, never an
/// unhandled-exception stack trace. The exception itself is logged at Debug level for whoever needs it.
/// </summary>
public static class StartupGuard
{
    public const int FailureExitCode = 1;
    public const string LogCategory = "CainiaoDashboard.Startup";

    /// <summary>
    /// Builds the dashboard from <paramref name="args"/>, checks every option, then runs <paramref name="prepare"/>
    /// (the database and identity steps). Null when start-up failed: the failure is logged and the exit code set.
    /// </summary>
    public static async Task<WebApplication?> BuildAsync(string[] args, Func<WebApplication, Task> prepare)
    {
        WebApplication? app = null;
        try
        {
            var builder = WebApplication.CreateBuilder(args);
            builder.AddCainiaoServices();
            app = builder.Build();
            app.Services.ValidateOptions();
            await prepare(app);
            return app;
        }
        catch (Exception ex) when (ex is not HostAbortedException)
        {
            await FailAsync(ex, app);
            return null;
        }
    }

    /// <summary><c>app.Run()</c>, with a failure to start (an address already in use, say) reported like the others.</summary>
    public static async Task RunAsync(WebApplication app)
    {
        try
        {
            await app.StartAsync();
        }
        catch (Exception ex)
        {
            await FailAsync(ex, app);
            return;
        }

        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
    }

    private static async Task FailAsync(Exception error, WebApplication? app)
    {
        Environment.ExitCode = FailureExitCode;
        // Before the app is built there is no configured logging yet; the console is where it would have gone.
        using var fallback = app is null ? LoggerFactory.Create(logging => logging.AddConsole()) : null;
        var logger = (app?.Services.GetRequiredService<ILoggerFactory>() ?? fallback!).CreateLogger(LogCategory);
        logger.LogCritical("Start-up failed: {Reason}", Describe(error));
        logger.LogDebug(error, "The start-up failure in full.");
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>One line: every bad setting from options validation, otherwise the exception's own message.</summary>
    public static string Describe(Exception error)
    {
        var validation = error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [error];
        var failures = validation.OfType<OptionsValidationException>().SelectMany(v => v.Failures).Distinct().ToList();
        var text = failures.Count > 0 ? string.Join(" ", failures) : error.Message;
        return string.Join(" ", text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}

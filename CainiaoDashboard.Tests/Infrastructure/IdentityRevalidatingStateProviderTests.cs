using System.Collections.Concurrent;
using System.Security.Claims;
using CainiaoDashboard.Infrastructure;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>
/// An open circuit's session is checked again on a timer. A check that wakes while the app shuts down (its services
/// already disposed) is not an error and signs nobody out; the same failure while the app runs still is both.
/// </summary>
public sealed class IdentityRevalidatingStateProviderTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    [Fact]
    public async Task A_check_during_shutdown_neither_logs_an_error_nor_signs_the_user_out()
    {
        var (provider, errors, lifetime) = ProviderWithServicesGone();
        lifetime.StopApplication();

        provider.SetAuthenticationState(Task.FromResult(SignedIn()));
        await Task.Delay(Interval * 30, TestContext.Current.CancellationToken);

        Assert.Empty(errors);
        Assert.True((await provider.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
        ((IDisposable)provider).Dispose();
    }

    [Fact]
    public async Task A_check_that_fails_while_the_app_runs_is_an_error_and_signs_the_user_out()
    {
        var (provider, errors, _) = ProviderWithServicesGone();

        provider.SetAuthenticationState(Task.FromResult(SignedIn()));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (errors.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(Interval, TestContext.Current.CancellationToken);

        Assert.Contains(errors, e => e is ObjectDisposedException);
        Assert.False((await provider.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
        ((IDisposable)provider).Dispose();
    }

    private static (IdentityRevalidatingStateProvider, ConcurrentQueue<Exception>, ApplicationLifetime) ProviderWithServicesGone()
    {
        var services = new ServiceCollection().BuildServiceProvider();
        var scopes = services.GetRequiredService<IServiceScopeFactory>();
        services.Dispose();
        var errors = new ConcurrentQueue<Exception>();
        var loggers = LoggerFactory.Create(logging => logging.AddProvider(new ErrorSink(errors)));
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        return (new IdentityRevalidatingStateProvider(loggers, scopes, lifetime, Interval), errors, lifetime);
    }

    private static AuthenticationState SignedIn() =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "manager@cainiao.demo")], "Identity.Application")));

    /// <summary>Keeps the exceptions of the errors logged, the provider's one way of reporting a failed check.</summary>
    private sealed class ErrorSink(ConcurrentQueue<Exception> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error) errors.Enqueue(exception ?? new InvalidOperationException(formatter(state, exception)));
        }

        public void Dispose() { }
    }
}

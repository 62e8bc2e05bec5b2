using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;

namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>Renders a component to HTML with the framework's own <see cref="HtmlRenderer"/>.</summary>
public static class StaticComponentRenderer
{
    public static async Task<string> RenderAsync<TComponent>(
        IDictionary<string, object?>? parameters = null,
        Action<IServiceCollection>? configureServices = null)
        where TComponent : IComponent
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IJSRuntime, NoBrowserJSRuntime>();
        configureServices?.Invoke(services);

        await using var provider = services.BuildServiceProvider();
        var loggerFactory = provider.GetRequiredService<ILoggerFactory>();
        await using var renderer = new HtmlRenderer(provider, loggerFactory);

        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var view = parameters is null ? ParameterView.Empty : ParameterView.FromDictionary(parameters);
            var output = await renderer.RenderComponentAsync<TComponent>(view);
            return output.ToHtmlString();
        });
    }

    /// <summary>Static rendering never runs after-render code, so no JS call may happen; if one does, fail loudly.</summary>
    private sealed class NoBrowserJSRuntime : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"JS call '{identifier}' during static rendering.");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException($"JS call '{identifier}' during static rendering.");
    }
}

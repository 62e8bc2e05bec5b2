using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace CainiaoDashboard.Shared.Live;

/// <summary>
/// The HTML of read-only live panels, rendered once for all circuits that show the same thing. A Razor component is
/// rendered by <see cref="HtmlRenderer"/> (which encodes text and attributes as any render does) for a key that names
/// everything its parameters depend on; the culture is part of the key. A page shows the result as one
/// <see cref="MarkupString"/> frame instead of keeping a render tree of hundreds of frames per circuit. Only for markup
/// without C# event handlers: links and CSS work in it, <c>@onclick</c> does not. The latest <see cref="Capacity"/>
/// keys are kept, and the few rendered with <see cref="RenderForGoodAsync{TComponent}"/> for the app's lifetime.
/// </summary>
public sealed class SharedMarkup(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    // A snapshot brings a few dozen keys per filter (KPI cards, hub rows, feed rows, alerts), and rows are keyed by value so
    // most carry over to the next one: room for the pages of many filters before they evict each other's rows. Each entry
    // is a few hundred bytes of HTML.
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<Key, Task<MarkupString>> rendered = new();
    private readonly ConcurrentQueue<Key> added = new();
    private readonly ConcurrentDictionary<Key, Task<MarkupString>> kept = new();
    private long renders;

    /// <summary>How many times a component was rendered (tests and diagnostics).</summary>
    public long Renders => Interlocked.Read(ref renders);

    /// <summary>
    /// The HTML of <typeparamref name="TComponent"/> for <paramref name="key"/> in the current culture: rendered with
    /// <paramref name="parameters"/> by the first caller, shared with every later one while it is kept.
    /// </summary>
    /// <param name="key">Equal for equal parameters (a record of the inputs); compared with <c>Equals</c>.</param>
    public Task<MarkupString> RenderAsync<TComponent>(object key, Func<IDictionary<string, object?>> parameters)
        where TComponent : IComponent => GetOrRender<TComponent>(rendered, key, parameters, evict: true);

    /// <summary>
    /// As <see cref="RenderAsync{TComponent}"/>, kept for the app's lifetime: for markup of a small, fixed set of keys
    /// that pages take at different times (a theme), which the turnover of the live panels would otherwise evict.
    /// </summary>
    public Task<MarkupString> RenderForGoodAsync<TComponent>(object key, Func<IDictionary<string, object?>> parameters)
        where TComponent : IComponent => GetOrRender<TComponent>(kept, key, parameters, evict: false);

    private Task<MarkupString> GetOrRender<TComponent>(ConcurrentDictionary<Key, Task<MarkupString>> store, object key,
        Func<IDictionary<string, object?>> parameters, bool evict) where TComponent : IComponent
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        var fullKey = new Key(typeof(TComponent), key, culture.Name, uiCulture.Name);
        if (store.TryGetValue(fullKey, out var existing)) return existing;

        // Callers racing for a new key await the first one's render rather than block a thread on it: a hundred
        // circuits taking in a snapshot at once would otherwise hold the thread pool while one renders.
        var mine = new TaskCompletionSource<MarkupString>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stored = store.GetOrAdd(fullKey, mine.Task);
        if (!ReferenceEquals(stored, mine.Task)) return stored;
        if (evict) Added(fullKey);
        return RenderIntoAsync<TComponent>(store, fullKey, mine, parameters, culture, uiCulture);
    }

    private async Task<MarkupString> RenderIntoAsync<TComponent>(ConcurrentDictionary<Key, Task<MarkupString>> store, Key key,
        TaskCompletionSource<MarkupString> completion, Func<IDictionary<string, object?>> parameters, CultureInfo culture,
        CultureInfo uiCulture) where TComponent : IComponent
    {
        try
        {
            var markup = await RenderComponentAsync<TComponent>(parameters(), culture, uiCulture);
            completion.SetResult(markup);
            return markup;
        }
        catch (Exception ex)
        {
            // Not kept: the next caller tries again.
            store.TryRemove(new KeyValuePair<Key, Task<MarkupString>>(key, completion.Task));
            completion.SetException(ex);
            // Marked as observed: this caller gets the exception anyway, racing callers too.
            _ = completion.Task.Exception;
            throw;
        }
    }

    private void Added(Key key)
    {
        added.Enqueue(key);
        while (added.Count > Capacity && added.TryDequeue(out var oldest)) rendered.TryRemove(oldest, out _);
    }

    private async Task<MarkupString> RenderComponentAsync<TComponent>(
        IDictionary<string, object?> parameters, CultureInfo culture, CultureInfo uiCulture) where TComponent : IComponent
    {
        Interlocked.Increment(ref renders);
        // A renderer keeps every root component it rendered until it is disposed, so each render gets its own, in a
        // scope of its own for the scoped services a renderer asks for (this service outlives every circuit). Its
        // dispatcher runs the render on the calling thread when it can: a synchronous component's HTML is ready
        // before this returns, and the page shows it in the same render.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            // Work queued to the dispatcher may run on another thread, which need not carry the caller's culture.
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return new MarkupString(output.ToHtmlString());
        });
    }

    private readonly record struct Key(Type Component, object Inputs, string Culture, string UiCulture);
}

using System.Globalization;
using CainiaoDashboard.Shared.Live;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CainiaoDashboard.Tests.Shared.Live;

public sealed class SharedMarkupTests : IAsyncDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    private readonly SharedMarkup markup;
    private int parameterReads;

    public SharedMarkupTests() => markup = new SharedMarkup(services.GetRequiredService<IServiceScopeFactory>(), NullLoggerFactory.Instance);

    [Fact]
    public async Task The_same_key_renders_once_and_every_caller_gets_the_same_html()
    {
        var first = await RenderAsync("ZTO", 12);
        var second = await RenderAsync("ZTO", 12);

        Assert.Equal("<p title=\"ZTO\">ZTO: 12</p>", first.Value);
        Assert.Same(first.Value, second.Value);
        Assert.Equal(1, markup.Renders);
        Assert.Equal(1, parameterReads);
    }

    [Fact]
    public async Task A_different_key_renders_separately()
    {
        var zto = await RenderAsync("ZTO", 12);
        var sto = await RenderAsync("STO", 7);

        Assert.Equal("<p title=\"STO\">STO: 7</p>", sto.Value);
        Assert.NotEqual(zto.Value, sto.Value);
        Assert.Equal(2, markup.Renders);
    }

    [Fact]
    public async Task Text_and_attributes_are_html_encoded()
    {
        var html = await RenderAsync("<script>alert(\"x\")</script> & 'y'", 1);

        Assert.DoesNotContain("<script>", html.Value);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;y&#x27;: 1", html.Value);
        Assert.StartsWith("<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;y&#x27;\">", html.Value);
    }

    [Fact]
    public async Task The_culture_is_part_of_the_key_and_the_render_uses_it()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");
            var english = await RenderAsync("ZTO", 1234.5);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var german = await RenderAsync("ZTO", 1234.5);

            Assert.Equal("<p title=\"ZTO\">ZTO: 1,234.5</p>", english.Value);
            Assert.Equal("<p title=\"ZTO\">ZTO: 1.234,5</p>", german.Value);
            Assert.Equal(2, markup.Renders);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public async Task Callers_racing_for_a_new_key_share_one_render()
    {
        using var start = new ManualResetEventSlim();
        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            start.Wait(TestContext.Current.CancellationToken);
            return RenderAsync("ZTO", 12);
        })).ToList();

        start.Set();
        var results = await Task.WhenAll(callers);

        Assert.Single(results.Select(r => r.Value).Distinct());
        Assert.Equal(1, markup.Renders);
    }

    [Fact]
    public async Task Only_the_latest_keys_are_kept()
    {
        for (var i = 0; i <= SharedMarkup.Capacity; i++) await RenderAsync($"C{i}", i);
        await RenderAsync($"C{SharedMarkup.Capacity}", SharedMarkup.Capacity);
        Assert.Equal(SharedMarkup.Capacity + 1, markup.Renders);

        await RenderAsync("C0", 0);

        Assert.Equal(SharedMarkup.Capacity + 2, markup.Renders);
    }

    [Fact]
    public async Task Markup_rendered_for_good_outlasts_the_turnover()
    {
        var theme = await markup.RenderForGoodAsync<Figure>(new FigureKey("theme", 0), () =>
            new Dictionary<string, object?> { [nameof(Figure.Carrier)] = "theme" });
        for (var i = 0; i <= SharedMarkup.Capacity; i++) await RenderAsync($"C{i}", i);

        var again = await markup.RenderForGoodAsync<Figure>(new FigureKey("theme", 0), () => throw new InvalidOperationException("Rendered twice."));

        Assert.Same(theme.Value, again.Value);
        Assert.Equal(SharedMarkup.Capacity + 2, markup.Renders);
    }

    [Fact]
    public async Task A_failed_render_is_not_kept()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => RenderAsync(Figure.Failing, 1));
        await Assert.ThrowsAsync<InvalidOperationException>(() => RenderAsync(Figure.Failing, 1));

        Assert.Equal(2, markup.Renders);
    }

    private Task<MarkupString> RenderAsync(string carrier, double value) =>
        markup.RenderAsync<Figure>(new FigureKey(carrier, value), () =>
        {
            Interlocked.Increment(ref parameterReads);
            return new Dictionary<string, object?> { [nameof(Figure.Carrier)] = carrier, [nameof(Figure.Value)] = value };
        });

    private sealed record FigureKey(string Carrier, double Value);

    private sealed class Figure : ComponentBase
    {
        public const string Failing = "fail";

        [Parameter] public string Carrier { get; set; } = "";
        [Parameter] public double Value { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            if (Carrier == Failing) throw new InvalidOperationException("The figure cannot be shown.");
            builder.OpenElement(0, "p");
            builder.AddAttribute(1, "title", Carrier);
            builder.AddContent(2, $"{Carrier}: {Value.ToString("#,0.##", CultureInfo.CurrentCulture)}");
            builder.CloseElement();
        }
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();
}

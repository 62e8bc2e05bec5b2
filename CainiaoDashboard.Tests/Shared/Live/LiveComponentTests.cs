using Bunit;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Shared.Live;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CainiaoDashboard.Tests.Shared.Live;

public sealed class LiveComponentTests : BunitContext
{
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero));
    // Runs on the manual clock only, so it holds no timer beyond the test.
    private readonly LiveNotifier<int> notifier;
    private int next;

    public LiveComponentTests()
    {
        notifier = new LiveNotifier<int>(0, _ => Task.FromResult(++next), new LivePacing(TimeSpan.Zero), clock, NullLogger.Instance);
        notifier.Start();
        Services.AddSingleton(notifier);
        Services.AddSingleton(clock);
        Services.AddScoped<CircuitCulture>();
    }

    /// <summary>Shows the newest number it took in and counts how often it was handed one.</summary>
    private sealed class Follower : LiveComponent<int>
    {
        [Inject] private LiveNotifier<int> Source { get; set; } = default!;
        [Inject] private ManualTimeProvider Clock { get; set; } = default!;
        [Parameter] public int FailOn { get; set; } = -1;

        public int Shown { get; private set; }
        public int Deliveries { get; private set; }

        protected override LiveNotifier<int> Notifier => Source;
        protected override TimeProvider RenderClock => Clock;

        protected override Task OnPublishedAsync(int value)
        {
            Deliveries++;
            if (value == FailOn) throw new InvalidOperationException("read failed");
            Shown = value;
            return Task.CompletedTask;
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, $"shown {Shown}");
    }

    private IRenderedComponent<Follower> RenderFollower(bool interactive = true, int failOn = -1)
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: interactive));
        return Render<Follower>(p => p.Add(f => f.FailOn, failOn));
    }

    private void Publish()
    {
        notifier.Signal();
        clock.Advance(TimeSpan.Zero);
    }

    [Fact]
    public void Takes_in_each_published_value_once_interactive()
    {
        var cut = RenderFollower();

        Publish();

        cut.WaitForAssertion(() => Assert.Equal("shown 1", cut.Markup));
    }

    [Fact]
    public void Does_not_subscribe_while_prerendering()
    {
        var cut = RenderFollower(interactive: false);

        Publish();

        Assert.Equal(0, cut.Instance.Deliveries);
        Assert.Equal("shown 0", cut.Markup);
    }

    [Fact]
    public void Renders_at_most_once_per_render_interval_and_then_the_newest_value()
    {
        var cut = RenderFollower();
        Publish();
        cut.WaitForAssertion(() => Assert.Equal("shown 1", cut.Markup));

        Publish();
        Publish();
        Publish();
        Assert.Equal(1, cut.Instance.Deliveries);

        clock.Advance(LiveComponent<int>.RenderInterval);

        cut.WaitForAssertion(() => Assert.Equal("shown 4", cut.Markup));
        Assert.Equal(2, cut.Instance.Deliveries);
    }

    [Fact]
    public async Task Unsubscribes_when_disposed()
    {
        var cut = RenderFollower();
        var follower = cut.Instance;

        await DisposeComponentsAsync();
        Publish();
        clock.Advance(LiveComponent<int>.RenderInterval);

        Assert.Equal(0, follower.Deliveries);
    }

    [Fact]
    public void A_failure_while_taking_in_a_value_reaches_the_error_boundary()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<ErrorBoundary>(p => p.AddChildContent<Follower>(f => f.Add(x => x.FailOn, 1)));

        Publish();

        cut.WaitForAssertion(() => Assert.Contains("blazor-error-boundary", cut.Markup));
    }
}

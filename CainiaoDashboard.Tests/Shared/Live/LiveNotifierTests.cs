using CainiaoDashboard.Shared.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace CainiaoDashboard.Tests.Shared.Live;

public sealed class LiveNotifierTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 11, 11, 0, 0, 0, TimeSpan.Zero));
    private readonly LiveNotifier<Reading> notifier;
    private int readsStarted;
    private bool failNextRead;

    private sealed record Reading(int Number);

    public LiveNotifierTests() =>
        notifier = new LiveNotifier<Reading>(new Reading(0), ReadAsync, new LivePacing(Interval), clock, NullLogger.Instance);

    private Task<Reading> ReadAsync(CancellationToken cancellationToken)
    {
        readsStarted++;
        if (!failNextRead) return Task.FromResult(new Reading(readsStarted));
        failNextRead = false;
        throw new InvalidOperationException("database unavailable");
    }

    private List<Reading> Received()
    {
        var received = new List<Reading>();
        notifier.Subscribe(received.Add);
        return received;
    }

    private void StartAndReadOnce()
    {
        notifier.Start();
        clock.Advance(TimeSpan.Zero);
    }

    [Fact]
    public void Signals_before_the_next_read_coalesce_into_one_read()
    {
        var received = Received();
        StartAndReadOnce();

        for (var i = 0; i < 20; i++) notifier.Signal();
        clock.Advance(Interval);

        Assert.Equal(2, notifier.Reads);
        Assert.Equal([new Reading(1), new Reading(2)], received);
        Assert.Equal(new Reading(2), notifier.Current);
    }

    [Fact]
    public void Reads_are_capped_at_one_per_minimum_interval()
    {
        StartAndReadOnce();

        notifier.Signal();
        clock.Advance(Interval - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, notifier.Reads);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, notifier.Reads);

        // A signal long after the last read is served at once.
        clock.Advance(TimeSpan.FromSeconds(5));
        notifier.Signal();
        clock.Advance(TimeSpan.Zero);
        Assert.Equal(3, notifier.Reads);
    }

    [Fact]
    public void All_subscribers_share_one_read()
    {
        var pages = Enumerable.Range(0, 10).Select(_ => Received()).ToList();

        StartAndReadOnce();

        Assert.Equal(1, readsStarted);
        Assert.All(pages, received => Assert.Same(notifier.Current, Assert.Single(received)));
    }

    [Fact]
    public void Nothing_is_read_before_start_but_signals_are_remembered()
    {
        notifier.Signal();
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, readsStarted);

        StartAndReadOnce();
        Assert.Equal(1, notifier.Reads);
    }

    [Fact]
    public void A_disposed_subscription_receives_nothing_more()
    {
        var received = new List<Reading>();
        var subscription = notifier.Subscribe(received.Add);
        StartAndReadOnce();

        subscription.Dispose();
        notifier.Signal();
        clock.Advance(Interval);

        Assert.Equal(2, notifier.Reads);
        Assert.Equal([new Reading(1)], received);
    }

    [Fact]
    public void A_disposed_notifier_reads_no_more()
    {
        StartAndReadOnce();

        notifier.Dispose();
        notifier.Signal();
        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(1, readsStarted);
    }

    [Fact]
    public void A_failing_read_keeps_the_last_value_and_the_next_signal_retries()
    {
        var received = Received();
        StartAndReadOnce();

        failNextRead = true;
        notifier.Signal();
        clock.Advance(Interval);
        Assert.Equal(new Reading(1), notifier.Current);

        notifier.Signal();
        clock.Advance(Interval);

        Assert.Equal([new Reading(1), new Reading(3)], received);
    }

    [Fact]
    public void A_failing_subscriber_does_not_stop_the_others()
    {
        notifier.Subscribe(_ => throw new InvalidOperationException("page gone"));
        var received = Received();

        StartAndReadOnce();

        Assert.Single(received);
    }

    [Fact]
    public void Without_signals_it_reads_on_the_idle_refresh()
    {
        using var idle = new LiveNotifier<Reading>(new Reading(0), ReadAsync, new LivePacing(Interval, TimeSpan.FromSeconds(15)), clock,
            NullLogger.Instance);
        idle.Start();
        clock.Advance(TimeSpan.Zero);

        clock.Advance(TimeSpan.FromSeconds(15));

        Assert.Equal(2, idle.Reads);
    }

    public void Dispose() => notifier.Dispose();
}

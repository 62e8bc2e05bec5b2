using System.Runtime.CompilerServices;

namespace CainiaoDashboard.Shared.Live;

/// <summary>How a <see cref="LiveNotifier{T}"/> paces its reads.</summary>
/// <param name="MinimumInterval">At least this long between two reads, however often <see cref="LiveNotifier{T}.Signal"/> is called.</param>
/// <param name="IdleRefresh">Read at least this often without a signal (for figures that move with the clock); null for never.</param>
public sealed record LivePacing(Func<TimeSpan> MinimumInterval, TimeSpan? IdleRefresh = null)
{
    public LivePacing(TimeSpan minimumInterval, TimeSpan? idleRefresh = null) : this(() => minimumInterval, idleRefresh)
    {
    }
}

/// <summary>
/// The one live-update primitive. Writers call <see cref="Signal"/> after they commit; the notifier coalesces any
/// number of signals into one read, at most one per <see cref="LivePacing.MinimumInterval"/>, and hands the
/// resulting immutable value to every subscriber. Subscribers never read for themselves, so the database work does
/// not grow with the number of open pages. A failing read is logged and retried on the next signal or idle tick.
/// </summary>
/// <remarks>
/// The pacing clock is wall time (<see cref="TimeProvider.System"/> in the app): it paces work, it is not domain time.
/// </remarks>
public sealed class LiveNotifier<T> : IDisposable
{
    private readonly Func<CancellationToken, Task<T>> read;
    private readonly LivePacing pacing;
    private readonly TimeProvider clock;
    private readonly ILogger logger;
    private readonly ITimer timer;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private Action<T>[] subscribers = [];
    private DateTimeOffset? lastRead;
    private bool started;
    private bool signalled;
    private bool reading;
    private bool disposed;
    private long reads;
    private volatile StrongBox<T> current;

    public LiveNotifier(T initial, Func<CancellationToken, Task<T>> read, LivePacing pacing, TimeProvider clock, ILogger logger)
    {
        this.read = read;
        this.pacing = pacing;
        this.clock = clock;
        this.logger = logger;
        current = new StrongBox<T>(initial);
        timer = clock.CreateTimer(_ => BeginRead(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>The value last published (or the initial one).</summary>
    public T Current => current.Value!;

    /// <summary>How many reads completed (diagnostics and tests).</summary>
    public long Reads => Interlocked.Read(ref reads);

    /// <summary>
    /// Calls <paramref name="onPublished"/> with every new value, on the notifier's thread; handlers marshal to their
    /// own context and return quickly. Disposing the result unsubscribes.
    /// </summary>
    public IDisposable Subscribe(Action<T> onPublished)
    {
        lock (gate) subscribers = [.. subscribers, onPublished];
        return new Subscription(() =>
        {
            lock (gate) subscribers = [.. subscribers.Where(s => s != onPublished)];
        });
    }

    /// <summary>Reads for the first time now and from then on follows signals; signals before are remembered.</summary>
    public void Start()
    {
        lock (gate)
        {
            if (started || disposed) return;
            started = true;
            signalled = true;
            ScheduleLocked();
        }
    }

    /// <summary>Something changed (typically: a commit): read again as soon as the rate cap allows.</summary>
    public void Signal()
    {
        lock (gate)
        {
            signalled = true;
            if (started && !reading && !disposed) ScheduleLocked();
        }
    }

    private void ScheduleLocked()
    {
        if (!signalled)
        {
            timer.Change(pacing.IdleRefresh ?? Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var wait = lastRead is { } last ? pacing.MinimumInterval() - (clock.GetUtcNow() - last) : TimeSpan.Zero;
        timer.Change(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private void BeginRead()
    {
        lock (gate)
        {
            if (reading || disposed) return;
            reading = true;
            signalled = false;
        }

        _ = ReadAndPublishAsync();
    }

    private async Task ReadAndPublishAsync()
    {
        try
        {
            var value = await read(stopping.Token);
            Interlocked.Increment(ref reads);
            current = new StrongBox<T>(value);
            Publish(value);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "A live read failed; the next change or idle tick retries.");
        }
        finally
        {
            lock (gate)
            {
                reading = false;
                lastRead = clock.GetUtcNow();
                if (!disposed) ScheduleLocked();
            }
        }
    }

    private void Publish(T value)
    {
        foreach (var subscriber in Volatile.Read(ref subscribers))
        {
            try
            {
                subscriber(value);
            }
            catch (Exception ex)
            {
                // One failing page must not stop the others from updating.
                logger.LogWarning(ex, "A live subscriber failed.");
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
            subscribers = [];
        }

        stopping.Cancel();
        timer.Dispose();
        stopping.Dispose();
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private Action? unsubscribe = unsubscribe;

        public void Dispose() => Interlocked.Exchange(ref unsubscribe, null)?.Invoke();
    }
}

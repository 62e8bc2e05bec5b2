namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// Real time flowing from a chosen instant: the app runs live (timers, the simulator's ticks) while the
/// test decides which hour of which day it is, so traffic patterns do not depend on when CI runs.
/// </summary>
public sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan offset = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}

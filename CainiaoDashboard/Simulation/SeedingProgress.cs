namespace CainiaoDashboard.Simulation;

/// <summary>Where the first-start history seeding is; the layout shows a progress bar while it runs.</summary>
/// <param name="Message">The report in English, for logs.</param>
/// <param name="HistoryDays">The days of history being seeded; null while catching up after a pause (pages word it by this).</param>
public sealed record SeedingProgress(bool Running, double Fraction, string Message, int? HistoryDays = null)
{
    public static readonly SeedingProgress NotStarted = new(false, 0, "");
}

/// <summary>
/// Where seeding is now. The simulator reports here and the live overview listens, so the simulator knows nothing
/// of the pages that show its progress. <see cref="Changed"/> is raised on the simulator's thread.
/// </summary>
public sealed class SeedingStatus
{
    private volatile SeedingProgress current = SeedingProgress.NotStarted;

    public SeedingProgress Current => current;

    public event Action? Changed;

    public void Report(SeedingProgress progress)
    {
        current = progress;
        Changed?.Invoke();
    }
}

namespace CainiaoDashboard.Simulation;

/// <summary>Where the first-start history seeding is; the layout shows a progress bar while it runs.</summary>
public sealed record SeedingProgress(bool Running, double Fraction, string Message)
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

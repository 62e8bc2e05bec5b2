namespace CainiaoDashboard.Services;

/// <summary>Where the first-start history seeding is; the layout shows a progress bar while it runs.</summary>
public sealed record SeedingProgress(bool Running, double Fraction, string Message)
{
    public static readonly SeedingProgress NotStarted = new(false, 0, "");
}

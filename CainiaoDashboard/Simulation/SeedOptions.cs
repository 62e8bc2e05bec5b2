namespace CainiaoDashboard.Simulation;

/// <summary>Settings under <c>Seed</c> in appsettings.json.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Days of history generated on first start with an empty database; 0 starts empty.</summary>
    public int HistoryDays { get; set; } = 90;
}

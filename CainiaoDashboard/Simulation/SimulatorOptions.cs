namespace CainiaoDashboard.Simulation;

/// <summary>Bound from the "Simulator" configuration section.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    public bool Enabled { get; set; } = true;

    public int Seed { get; set; } = 20261111;

    /// <summary>Average base volume, before the daily and weekly pattern and scenarios.</summary>
    public int ParcelsPerDay { get; set; } = 20000;

    /// <summary>How often the hosted service advances the engine; the engine itself does not use it.</summary>
    public int TickMilliseconds { get; set; } = 1000;
}

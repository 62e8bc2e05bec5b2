namespace CainiaoDashboard.Simulation;

/// <summary>Bound from the "Simulator" configuration section.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Leaves the simulator's parcels (numbers starting with <c>SIM-</c>) out of the parcel lists, searches, parcel pages,
    /// CSV exports, the complaints list, the overview's live feed and every figure (the rollups' simulated rows), for a
    /// database shared with real parcels.
    /// </summary>
    public bool HideParcels { get; set; }

    public int Seed { get; set; } = 20261111;

    /// <summary>Average base volume, before the daily and weekly pattern and scenarios.</summary>
    public int ParcelsPerDay { get; set; } = 20000;

    /// <summary>Of the events, the percentage a carrier sends twice, the copy with the next batch (see <see cref="CarrierHabits"/>).</summary>
    public double ResentPercent { get; set; } = 3;

    /// <summary>Of the events (hand-overs excepted), the percentage held back to the next batch, arriving after later scans.</summary>
    public double LatePercent { get; set; } = 5;

    /// <summary>How often the hosted service advances the engine; the engine itself does not use it.</summary>
    public int TickMilliseconds { get; set; } = 1000;
}

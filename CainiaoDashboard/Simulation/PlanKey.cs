namespace CainiaoDashboard.Simulation;

/// <summary>
/// Queue order: time, then parcel serial. A parcel's own steps never go back in time, so this is one total
/// order over all output whatever intervals the engine is advanced in.
/// </summary>
internal readonly record struct PlanKey(long Ticks, long Serial) : IComparable<PlanKey>
{
    public int CompareTo(PlanKey other) =>
        Ticks != other.Ticks ? Ticks.CompareTo(other.Ticks) : Serial.CompareTo(other.Serial);
}

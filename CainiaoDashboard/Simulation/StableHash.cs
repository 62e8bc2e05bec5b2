namespace CainiaoDashboard.Simulation;

/// <summary>
/// Seeds derived from (seed, slot, index) with the SplitMix64 finaliser. string.GetHashCode and HashCode are
/// randomised per process, so they could not regenerate the same traffic after a restart.
/// </summary>
internal static class StableHash
{
    public const ulong Gamma = 0x9E3779B97F4A7C15UL;

    /// <summary>Stands in for a parcel index when seeding a whole slot's draws.</summary>
    private const long SlotPurpose = -1;

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Combine(ulong a, long b) => Mix(Mix(a + Gamma) + (ulong)b * Gamma);

    public static ulong ForSlot(int seed, long slot) => Combine(Combine((ulong)seed, slot), SlotPurpose);

    public static ulong ForParcel(int seed, long slot, int index) => Combine(Combine((ulong)seed, slot), index);
}

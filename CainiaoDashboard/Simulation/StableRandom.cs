namespace CainiaoDashboard.Simulation;

/// <summary>
/// SplitMix64 generator. System.Random's seeded sequence is not promised to stay the same across .NET
/// versions, and a restart after an upgrade must still regenerate the same in-flight parcels.
/// </summary>
internal sealed class StableRandom(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        state += StableHash.Gamma;
        return StableHash.Mix(state);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, maxExclusive).</summary>
    public int Next(int maxExclusive) => (int)(((NextUInt64() >> 32) * (ulong)maxExclusive) >> 32);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public double Between(double min, double max) => min + (max - min) * NextDouble();

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Standard normal (Box-Muller).</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public int NextPoisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean >= 30)
        {
            // Knuth's product underflows for large means; the normal approximation is close enough there.
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * NextGaussian()));
        }

        var limit = Math.Exp(-mean);
        var count = -1;
        var product = 1.0;
        do
        {
            count++;
            product *= NextDouble();
        }
        while (product > limit);

        return count;
    }
}

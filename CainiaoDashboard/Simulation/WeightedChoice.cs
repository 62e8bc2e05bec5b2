namespace CainiaoDashboard.Simulation;

/// <summary>A fixed discrete distribution; weights need not add up to one.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] items;
    private readonly double[] cumulative;

    public WeightedChoice(params (T Item, double Weight)[] options)
    {
        items = options.Select(o => o.Item).ToArray();
        cumulative = new double[options.Length];
        var total = 0.0;
        for (var i = 0; i < options.Length; i++)
        {
            total += options[i].Weight;
            cumulative[i] = total;
        }

        for (var i = 0; i < cumulative.Length; i++)
        {
            cumulative[i] /= total;
        }
    }

    public T Draw(StableRandom rng)
    {
        var x = rng.NextDouble();
        for (var i = 0; i < cumulative.Length - 1; i++)
        {
            if (x < cumulative[i])
            {
                return items[i];
            }
        }

        return items[^1];
    }
}

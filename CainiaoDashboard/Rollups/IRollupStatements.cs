namespace CainiaoDashboard.Rollups;

/// <summary>Adds a batch's netted deltas to the rollup tables (see <see cref="RollupStatements"/>).</summary>
internal interface IRollupStatements
{
    void Write(IReadOnlyDictionary<RollupDelta, long> deltas);
}

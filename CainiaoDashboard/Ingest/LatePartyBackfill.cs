using CainiaoDashboard.Data;
using CainiaoDashboard.Rollups;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Finishes the upgrade that counts lateness per party (migration <c>LatenessCountedAgainst</c>): parcels stored before it
/// have no party and count in no party counter. Each one's party is worked out by the writer's own rule from its stored
/// state and scans, stored, and counted, in one transaction: an interrupted backfill leaves everything as the migration
/// left it, and the next writing process does it again. Late first attempts with no party counted at all is what marks it
/// as still to do (the daily volumes are a small table); a database without any late first attempt has nothing to count.
/// </summary>
internal static class LatePartyBackfill
{
    /// <returns>The parcels given a party; 0 when there was nothing to do.</returns>
    public static int RunIfPending(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        if (!IsPending(connection)) return 0;

        var deltas = new Dictionary<RollupDelta, long>();
        var changed = new List<ParcelState>();
        using (var events = new TrackingEventStatements(connection))
        {
            SqliteRows.Read(connection, $"SELECT {ParcelStatements.StateColumns} FROM Parcels p WHERE p.LateParty IS NULL", [], row =>
            {
                var before = ParcelStatements.ReadState(row);
                var after = before.WithLateParty(events);
                if (after.LateParty is not null) changed.Add(after);
            });
        }

        var cells = new List<RollupDelta>();
        foreach (var parcel in changed)
        {
            // Only the party cells differ from the state without a party, which the rollups already count.
            cells.Clear();
            parcel.AddContributionsTo(cells);
            var without = new List<RollupDelta>();
            (parcel with { LateParty = null }).AddContributionsTo(without);
            foreach (var cell in cells.Except(without)) deltas[cell] = deltas.GetValueOrDefault(cell) + 1;
        }

        using (var parcels = new ParcelStatements(connection))
        {
            foreach (var parcel in changed) parcels.SaveLateParty(parcel);
        }

        using (var rollups = new RollupStatements(connection)) rollups.Write(deltas);
        transaction.Commit();
        return changed.Count;
    }

    public static bool IsPending(SqliteConnection connection)
    {
        var pending = false;
        SqliteRows.Read(connection, """
            SELECT EXISTS (SELECT 1 FROM DailyVolumes WHERE FirstAttempts > OnTimeFirstAttempts)
               AND NOT EXISTS (SELECT 1 FROM DailyVolumes WHERE LateFirstAttemptsShipper + LateFirstAttemptsCourier + LateFirstAttemptsPartner
                   + LateFirstAttemptsCustoms + LateFirstAttemptsRecipient + LateFirstAttemptsWeather > 0)
            """, [], row => pending = row.Boolean(0));
        return pending;
    }
}

using CainiaoDashboard.Data;
using CainiaoDashboard.Rollups;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Finishes the upgrade that counts lateness per party (migration <c>LatenessCountedAgainst</c>): parcels stored before it
/// have no party and count in no party counter. Each one's party is worked out by the writer's own rule from its stored
/// state and scans, stored, and counted, in one transaction: an interrupted backfill leaves everything as the migration
/// left it, and the next writing process does it again. Still to do: an open parcel without a party (every open parcel
/// has one once done: the one holding it up; the partial index over open parcels holds the party), or late first attempts
/// with no party counted at all (the daily volumes are a small table).
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

        List<RollupDelta> before = [], after = [];
        foreach (var parcel in changed)
        {
            // The rollups count the parcel as stored, without a party: only the party cells move.
            ParcelState.CountChange(parcel with { LateParty = null }, parcel, before, after,
                (cell, amount) => deltas[cell] = deltas.GetValueOrDefault(cell) + amount);
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
            SELECT EXISTS (SELECT 1 FROM Parcels WHERE Status < 90 AND LateParty IS NULL)
               OR (EXISTS (SELECT 1 FROM DailyVolumes WHERE FirstAttempts > OnTimeFirstAttempts)
                   AND NOT EXISTS (SELECT 1 FROM DailyVolumes WHERE LateFirstAttemptsShipper + LateFirstAttemptsCourier + LateFirstAttemptsPartner
                       + LateFirstAttemptsCustoms + LateFirstAttemptsRecipient + LateFirstAttemptsWeather > 0))
            """, [], row => pending = row.Boolean(0));
        return pending;
    }
}

using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Finishes the upgrade that keeps the simulator's counts apart from real parcels' (migration <c>SimulatedCountsApart</c>).
/// In a database holding both, the migration moved every rollup row to the simulated side; this moves the real parcels'
/// share back, worked out by the writer's own rules from their stored state, events and valid complaints. One
/// transaction: an interrupted split leaves the rows as the migration left them, and the next writing process does it
/// again. Real parcels counted nowhere on the real side is what marks it as still to do; once done, every real parcel
/// counts there (each has a status count), so the check costs two index probes and a look at the status counts.
/// </summary>
internal static class SimulatedCountsSplit
{
    /// <returns>The real parcels whose counts were moved; 0 when there was nothing to do.</returns>
    public static int RunIfPending(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        if (!IsPending(connection)) return 0;

        var deltas = new Dictionary<RollupDelta, long>();
        var parcels = AddRealContributions(connection, deltas);
        AddRealEvents(connection, deltas);
        AddRealComplaints(connection, deltas);
        using (var rollups = new RollupStatements(connection)) rollups.Write(deltas);
        transaction.Commit();
        return parcels;
    }

    public static bool IsPending(SqliteConnection connection)
    {
        var pending = false;
        SqliteRows.Read(connection, $"""
            SELECT (EXISTS (SELECT 1 FROM Parcels WHERE TrackingNumber < '{Prefix}')
                    OR EXISTS (SELECT 1 FROM Parcels WHERE TrackingNumber >= '{PrefixEnd}'))
               AND NOT EXISTS (SELECT 1 FROM StatusCounts WHERE Simulated = 0 AND Parcels <> 0)
            """, [], row => pending = row.Boolean(0));
        return pending;
    }

    // The simulator writes its prefix upper case and no other door accepts it in any case: real parcels are the numbers
    // sorting before the prefix or after every number that starts with it, which the tracking-number index finds.
    private const string Prefix = SimulatedParcels.Prefix;
    private static readonly string PrefixEnd = Prefix[..^1] + (char)(Prefix[^1] + 1);
    private static readonly string RealParcels = $"(p.TrackingNumber < '{Prefix}' OR p.TrackingNumber >= '{PrefixEnd}')";

    /// <summary>Moves a real parcel's cell from the simulated side, where the migration put it, to the real side.</summary>
    private static void Move(Dictionary<RollupDelta, long> deltas, RollupDelta realCell)
    {
        deltas[realCell] = deltas.GetValueOrDefault(realCell) + 1;
        var simulatedCell = realCell with { Simulated = true };
        deltas[simulatedCell] = deltas.GetValueOrDefault(simulatedCell) - 1;
    }

    private static int AddRealContributions(SqliteConnection connection, Dictionary<RollupDelta, long> deltas)
    {
        var parcels = 0;
        var cells = new List<RollupDelta>();
        SqliteRows.Read(connection, $"SELECT {ParcelStatements.StateColumns} FROM Parcels p WHERE {RealParcels}", [], row =>
        {
            cells.Clear();
            ParcelStatements.ReadState(row).AddContributionsTo(cells);
            // LastScanCounts came after the migration that put every count on the simulated side: its own migration
            // filled both sides already.
            foreach (var cell in cells) if (cell.Table != RollupTable.LastScan) Move(deltas, cell);
            parcels++;
        });
        return parcels;
    }

    /// <summary>Every stored event counted once in its hour, and a departure scan once more at its hub.</summary>
    private static void AddRealEvents(SqliteConnection connection, Dictionary<RollupDelta, long> deltas)
    {
        SqliteRows.Read(connection, $"""
            SELECT e.CarrierId, e.EventUtc, e.HubId, e.SubStatus, p.LaneId, p.ServiceLevelId
            FROM Parcels p JOIN TrackingEvents e ON e.ParcelId = p.Id
            WHERE {RealParcels}
            """, [], row =>
        {
            var parcel = new ParcelState { LaneId = row.Int32(4), ServiceLevelId = row.Int32(5) };
            int carrierId = row.Int32(0);
            var eventUtc = row.Utc(1)!.Value;
            var hubId = row.NullableInt32(2);
            Move(deltas, ParcelDeltas.EventAt(carrierId, parcel, eventUtc, hubId));
            if ((ParcelSubStatus)row.Int32(3) == ParcelSubStatus.DepartedHub && hubId is { } departedFrom)
            {
                Move(deltas, ParcelDeltas.HubDeparture(carrierId, parcel, eventUtc, departedFrom));
            }
        });
    }

    /// <summary>Valid complaints: in the hourly cell kept on the complaint row, and in the parcel's daily volume cell.</summary>
    private static void AddRealComplaints(SqliteConnection connection, Dictionary<RollupDelta, long> deltas)
    {
        const int Complaint = ParcelStatements.StateColumnCount;
        SqliteRows.Read(connection, $"""
            SELECT {ParcelStatements.StateColumns}, c.OpenedUtc, c.CarrierId, c.LaneId, c.ServiceLevelId, c.HubId
            FROM Parcels p JOIN Complaints c ON c.ParcelId = p.Id
            WHERE c.IsValid = 1 AND {RealParcels}
            """, [], row =>
        {
            var opened = row.Utc(Complaint)!.Value;
            Move(deltas, ParcelDeltas.ComplaintCell(false, opened, row.Int32(Complaint + 1), row.Int32(Complaint + 2),
                row.Int32(Complaint + 3), row.Int32(Complaint + 4)));
            Move(deltas, ParcelDeltas.Daily(ParcelStatements.ReadState(row), DailyCounter.Complaints, opened));
        });
    }
}

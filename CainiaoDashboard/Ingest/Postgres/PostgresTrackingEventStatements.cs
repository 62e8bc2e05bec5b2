using System.Diagnostics;
using CainiaoDashboard.Data;
using CainiaoDashboard.Data.Postgres;
using CainiaoDashboard.Domain;
using Npgsql;
using NpgsqlTypes;

namespace CainiaoDashboard.Ingest.Postgres;

/// <summary>
/// <see cref="ITrackingEventStatements"/> on PostgreSQL. When the batch begins, the events already stored for its (locked)
/// parcels are read in one query (<see cref="ReadStored"/>); each new event is then known to be new without a round trip,
/// gathered, and written by binary COPY into a temporary staging table and one INSERT … ON CONFLICT DO NOTHING from it.
/// No other writer can add events to a parcel this batch holds locked, so the conflict clause only guards the rule.
/// </summary>
internal sealed class PostgresTrackingEventStatements : ITrackingEventStatements, IDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly PostgresStatement scans, stored, storedOf, insertStaged, clearStaged;
    private readonly HashSet<(long Parcel, int Carrier, string EventId)> known = [];
    private readonly List<(long Parcel, CarrierEvent Event, DateTime Received)> pending = [];

    private const string Columns = """
        "ParcelId", "CarrierId", "CarrierEventId", "Status", "SubStatus", "RawCode", "RawText", "HubId", "EventUtc", "ReceivedUtc"
        """;

    public PostgresTrackingEventStatements(NpgsqlConnection connection)
    {
        this.connection = connection;
        // Dropped with the session; emptied after each use and at every commit.
        using (var create = new NpgsqlCommand($"""
            CREATE TEMP TABLE IF NOT EXISTS staged_events (
                "ParcelId" bigint, "CarrierId" integer, "CarrierEventId" text, "Status" integer, "SubStatus" integer,
                "RawCode" text, "RawText" text, "HubId" integer, "EventUtc" timestamptz, "ReceivedUtc" timestamptz
            ) ON COMMIT DELETE ROWS
            """, connection))
        {
            create.ExecuteNonQuery();
        }

        scans = new(connection, """SELECT "Status", "SubStatus", "EventUtc" FROM "TrackingEvents" WHERE "ParcelId" = $1""", NpgsqlDbType.Bigint);
        stored = new(connection, """
            SELECT e."ParcelId", e."CarrierId", e."CarrierEventId"
            FROM unnest($1, $2, $3) AS k(parcel, carrier, event_id)
            JOIN "TrackingEvents" e ON e."ParcelId" = k.parcel AND e."CarrierId" = k.carrier AND e."CarrierEventId" = k.event_id
            """, NpgsqlDbType.Array | NpgsqlDbType.Bigint, NpgsqlDbType.Array | NpgsqlDbType.Integer, NpgsqlDbType.Array | NpgsqlDbType.Text);
        storedOf = new(connection, """SELECT "CarrierId", "CarrierEventId" FROM "TrackingEvents" WHERE "ParcelId" = $1""", NpgsqlDbType.Bigint);
        insertStaged = new(connection, $"""
            INSERT INTO "TrackingEvents" ({Columns}) SELECT {Columns} FROM staged_events
            ON CONFLICT ("ParcelId", "CarrierId", "CarrierEventId") DO NOTHING
            """);
        clearStaged = new(connection, "TRUNCATE staged_events");
    }

    /// <summary>Remembers which of these (parcel, carrier, carrier event id) the store holds already; forgets the last batch's.</summary>
    public void ReadStored(List<(long Parcel, int Carrier, string EventId)> candidates)
    {
        known.Clear();
        pending.Clear();
        if (candidates.Count == 0) return;
        stored.QueryAll(reader => known.Add((reader.Int64(0), reader.Int32(1), reader.Text(2))),
            candidates.Select(c => c.Parcel).ToArray(), candidates.Select(c => c.Carrier).ToArray(), candidates.Select(c => c.EventId).ToArray());
    }

    /// <summary>Adds the events stored for a parcel locked after the batch began (see <see cref="ReadStored"/>).</summary>
    public void ReadStoredOf(long parcelId) =>
        storedOf.QueryAll(row => known.Add((parcelId, row.Int32(0), row.Text(1))), parcelId);

    public bool Insert(long parcelId, CarrierEvent e, DateTime receivedUtc)
    {
        if (!known.Add((parcelId, e.CarrierId, e.CarrierEventId))) return false;
        pending.Add((parcelId, e, receivedUtc));
        return true;
    }

    public List<JourneyScan> Scans(long parcelId)
    {
        WritePending();
        return scans.QueryAll(reader => new JourneyScan((ParcelStatus)reader.Int32(0), (ParcelSubStatus)reader.Int32(1), reader.Utc(2)!.Value), parcelId);
    }

    /// <summary>Writes the events gathered so far: COPY into the staging table, then one insert from it.</summary>
    public void WritePending()
    {
        if (pending.Count == 0) return;
        var started = Timings is null ? 0 : Stopwatch.GetTimestamp();
        using (var copy = connection.BeginBinaryImport($"COPY staged_events ({Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (parcel, e, received) in pending)
            {
                copy.StartRow();
                copy.Write(parcel, NpgsqlDbType.Bigint);
                copy.Write(e.CarrierId, NpgsqlDbType.Integer);
                copy.Write(e.CarrierEventId, NpgsqlDbType.Text);
                copy.Write((int)e.Status, NpgsqlDbType.Integer);
                copy.Write((int)e.SubStatus, NpgsqlDbType.Integer);
                copy.Write(e.RawCode, NpgsqlDbType.Text);
                copy.Write(e.RawText, NpgsqlDbType.Text);
                if (e.HubId is { } hub) copy.Write(hub, NpgsqlDbType.Integer);
                else copy.WriteNull();
                copy.Write(DateTime.SpecifyKind(e.EventUtc, DateTimeKind.Utc), NpgsqlDbType.TimestampTz);
                copy.Write(DateTime.SpecifyKind(received, DateTimeKind.Utc), NpgsqlDbType.TimestampTz);
            }

            copy.Complete();
        }

        Timings?.Add("events", started);

        var inserted = insertStaged.Execute();
        clearStaged.Execute();
        if (inserted != pending.Count)
        {
            // Another writer stored events for a parcel this batch holds locked: the locking rule is broken, and the
            // batch's counts would be wrong. Fail it (it rolls back) rather than count what was not stored.
            throw new WriterConflictException($"{pending.Count - inserted} of {pending.Count} new events were stored by another writer meanwhile.");
        }

        pending.Clear();
    }

    public IEnumerable<PostgresStatement> Statements => [scans, stored, storedOf, insertStaged, clearStaged];

    /// <summary>Where to record the COPY's time (benchmarks); the statements record their own.</summary>
    public StatementTimings? Timings { get; set; }

    public void Dispose()
    {
        foreach (var statement in Statements) statement.Dispose();
    }
}

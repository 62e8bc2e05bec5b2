using System.Diagnostics;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace CainiaoDashboard.Benchmarks;

/// <summary>What <c>bench ingest</c> measures its pipeline against: the engine's plainest way of storing N event rows.</summary>
public interface IIngestBaseline
{
    /// <summary>What was timed, for the report ("plain prepared INSERT of 2,000,000 rows into a bare table").</summary>
    string Describe(int rows);

    double RowsPerSecond(int rows);
}

/// <summary>SQLite: a batched prepared INSERT (5,000 rows a transaction) into a bare table in a file of its own.</summary>
public sealed class SqliteInsertBaseline(string file) : IIngestBaseline
{
    public string Describe(int rows) => $"plain prepared INSERT of {rows:N0} rows into a bare table";

    public double RowsPerSecond(int rows)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        SqliteConnectionPragmas.Apply(connection);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE Bare (CarrierId INTEGER, CarrierEventId TEXT, ParcelId INTEGER, Status INTEGER, RawCode TEXT, EventUtc TEXT)";
            create.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        var at = BaselineRows.Start;
        for (var done = 0; done < rows;)
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO Bare VALUES ($c, $e, $p, $s, $r, $t)";
            var c = insert.Parameters.Add("$c", SqliteType.Integer);
            var e = insert.Parameters.Add("$e", SqliteType.Text);
            var p = insert.Parameters.Add("$p", SqliteType.Integer);
            var s = insert.Parameters.Add("$s", SqliteType.Integer);
            var r = insert.Parameters.Add("$r", SqliteType.Text);
            var t = insert.Parameters.Add("$t", SqliteType.Text);
            insert.Prepare();
            for (var i = 0; i < 5000 && done < rows; i++, done++)
            {
                c.Value = 1 + done % 3; e.Value = $"e{done}"; p.Value = done / 8; s.Value = (int)ParcelStatus.InTransit;
                r.Value = "ARRIVAL"; t.Value = at.AddSeconds(done);
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return rows / clock.Elapsed.TotalSeconds;
    }
}

/// <summary>
/// PostgreSQL: one binary COPY (Npgsql's <see cref="NpgsqlConnection.BeginBinaryImport"/>) of the columns the writer
/// stores into a table made like TrackingEvents (same columns, key, identity and indexes; no foreign key, so the rows
/// need no parcels), created for the run and dropped after it.
/// </summary>
public sealed class PostgresCopyBaseline(string connectionString) : IIngestBaseline
{
    private const string Table = "baseline_events";

    public string Describe(int rows) => $"binary COPY of {rows:N0} rows into a table like TrackingEvents (same indexes, no foreign key)";

    public double RowsPerSecond(int rows)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, $"""CREATE TABLE {Table} (LIKE "TrackingEvents" INCLUDING ALL)""");
        try
        {
            var clock = Stopwatch.StartNew();
            using (var copy = connection.BeginBinaryImport($"""
                COPY {Table} ("ParcelId", "CarrierId", "CarrierEventId", "Status", "SubStatus", "RawCode", "RawText", "HubId", "EventUtc", "ReceivedUtc")
                FROM STDIN (FORMAT BINARY)
                """))
            {
                var at = BaselineRows.Start;
                for (var done = 0; done < rows; done++)
                {
                    var eventUtc = at.AddSeconds(done);
                    copy.StartRow();
                    copy.Write((long)(done / 8), NpgsqlDbType.Bigint);
                    copy.Write(1 + done % 3, NpgsqlDbType.Integer);
                    copy.Write($"e{done}", NpgsqlDbType.Text);
                    copy.Write((int)ParcelStatus.InTransit, NpgsqlDbType.Integer);
                    copy.Write(0, NpgsqlDbType.Integer);
                    copy.Write("ARRIVAL", NpgsqlDbType.Text);
                    copy.Write("Arrived at the sorting centre", NpgsqlDbType.Text);
                    copy.Write(1 + done % 40, NpgsqlDbType.Integer);
                    copy.Write(eventUtc, NpgsqlDbType.TimestampTz);
                    copy.Write(eventUtc.AddMinutes(2), NpgsqlDbType.TimestampTz);
                }

                copy.Complete();
            }

            return rows / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            Execute(connection, $"DROP TABLE {Table}");
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

internal static class BaselineRows
{
    public static readonly DateTime Start = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
}

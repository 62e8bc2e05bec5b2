using CainiaoDashboard.Data;
using CainiaoDashboard.Data.Postgres;
using CainiaoDashboard.Rollups;
using Npgsql;

namespace CainiaoDashboard.Ingest.Postgres;

/// <summary>
/// The writer on PostgreSQL, where several dashboard instances write to one database. Each batch begins by locking its
/// parcels in id order (the same order in every writer, so writers queue rather than deadlock) and reading them as they
/// now stand; rollup rows are taken in key order at the end. Should two batches still meet in a deadlock (new tracking
/// numbers, complaints), PostgreSQL rolls one back and the writer runs it again (<see cref="MayRetry"/>).
/// </summary>
internal sealed class PostgresWriterStore : IWriterStore
{
    private readonly NpgsqlConnection connection;
    private readonly PostgresParcelStatements parcels;
    private readonly PostgresTrackingEventStatements events;
    private readonly PostgresComplaintStatements complaints;
    private readonly PostgresNoteStatements notes;
    private readonly PostgresRollupStatements rollups;

    public PostgresWriterStore(string connectionString)
    {
        connection = new NpgsqlConnection(connectionString);
        connection.Open();
        events = new PostgresTrackingEventStatements(connection);
        parcels = new PostgresParcelStatements(connection, events.ReadStoredOf);
        complaints = new PostgresComplaintStatements(connection);
        notes = new PostgresNoteStatements(connection);
        rollups = new PostgresRollupStatements(connection);
    }

    public IParcelStatements Parcels => parcels;
    public ITrackingEventStatements Events => events;
    public IComplaintStatements Complaints => complaints;
    public INoteStatements Notes => notes;
    public IRollupStatements Rollups => rollups;
    public bool SharedWithOtherWriters => true;
    public bool KeepsMicroseconds => true;
    public Exception? UpkeepFailure => null;

    public IWriterTransaction Begin(IngestBatch batch, Action<string, ParcelState, int> locked)
    {
        var transaction = connection.BeginTransaction();
        try
        {
            string[] numbers =
            [
                .. batch.Parcels.Select(p => p.TrackingNumber)
                    .Concat(batch.Events.Select(e => e.TrackingNumber))
                    .Concat(batch.Complaints.Select(c => c.TrackingNumber))
                    .Concat(batch.Notes.Select(n => n.TrackingNumber))
                    .Distinct(StringComparer.Ordinal),
            ];
            var parcelIds = parcels.LockAndRead(numbers, locked);
            parcels.InsertRegistrations(batch.Parcels);
            var candidates = new List<(long, int, string)>();
            foreach (var e in batch.Events)
            {
                if (parcelIds.TryGetValue(e.TrackingNumber, out var parcelId)) candidates.Add((parcelId, e.CarrierId, e.CarrierEventId));
            }

            events.ReadStored(candidates);
            return new Transaction(transaction, this);
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    /// <summary>A deadlock or a serialisation failure: the batch rolled back and may run again.</summary>
    public bool MayRetry(Exception failure) =>
        failure is WriterConflictException or PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    public void RecordTimings(StatementTimings? timings)
    {
        Record(parcels.Statements, "parcels");
        Record(events.Statements, "events");
        Record(complaints.Statements, "complaints");
        Record(notes.Statements, "notes");
        Record(rollups.Statements, "rollups");
        Record(parcels.Statements.Take(1), "lock");
        events.Timings = timings;

        void Record(IEnumerable<PostgresStatement> statements, string stage)
        {
            foreach (var statement in statements) (statement.Timings, statement.Stage) = (timings, stage);
        }
    }

    public void Dispose()
    {
        parcels.Dispose();
        events.Dispose();
        complaints.Dispose();
        notes.Dispose();
        rollups.Dispose();
        connection.Dispose();
    }

    private sealed class Transaction(NpgsqlTransaction transaction, PostgresWriterStore store) : IWriterTransaction
    {
        public void Commit()
        {
            store.events.WritePending();
            store.parcels.WritePendingSaves();
            transaction.Commit();
        }

        public void Dispose()
        {
            store.parcels.DiscardPendingSaves();
            transaction.Dispose();
        }
    }
}

using CainiaoDashboard.Data;
using CainiaoDashboard.Rollups;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// The writer on SQLite: one long-lived connection, prepared statements, and the log checkpoint beside it. Only one
/// process writes to the file (<see cref="WriterLock"/>), so the writer may keep parcels in memory between batches.
/// </summary>
internal sealed class SqliteWriterStore : IWriterStore
{
    private readonly SqliteConnection connection;
    private readonly ParcelStatements parcels;
    private readonly TrackingEventStatements events;
    private readonly ComplaintStatements complaints;
    private readonly NoteStatements notes;
    private readonly RollupStatements rollups;
    private readonly WalCheckpointer checkpointer;

    public SqliteWriterStore(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        SqliteConnectionPragmas.Apply(connection);
        // Live traffic touches parcels and event ids all over their indexes (not in insertion order): with SQLite's
        // 2 MB default cache the writer re-reads index pages on every batch. 128 MB on this one long-lived
        // connection took first-start seeding of 14 days from 146 s to 99 s here; 256 MB holds the pages a full batch
        // of 300,000 events changes until its commit (with 128 MB SQLite spilled them to the log before the commit).
        // Foreign keys off on this connection only: the writer checks every reference id against ReferenceData in
        // memory (the reference tables are seeded from it and never change) and writes only parcel and complaint ids it
        // has just read, so SQLite's parent lookups on each insert and parcel update (four on every update) were
        // a quarter of the simulated traffic's ingest time and checked nothing the writer had not.
        using (var settings = connection.CreateCommand())
        {
            settings.CommandText = $"PRAGMA cache_size = -262144; PRAGMA foreign_keys = OFF; PRAGMA wal_autocheckpoint = {WalCheckpointer.WriterFallbackPages};";
            settings.ExecuteNonQuery();
        }

        parcels = new ParcelStatements(connection);
        events = new TrackingEventStatements(connection);
        complaints = new ComplaintStatements(connection);
        notes = new NoteStatements(connection);
        rollups = new RollupStatements(connection);
        checkpointer = new WalCheckpointer(connectionString);
    }

    public IParcelStatements Parcels => parcels;
    public ITrackingEventStatements Events => events;
    public IComplaintStatements Complaints => complaints;
    public INoteStatements Notes => notes;
    public IRollupStatements Rollups => rollups;
    public bool SharedWithOtherWriters => false;
    public bool KeepsMicroseconds => false;
    public Exception? UpkeepFailure => checkpointer.LastFailure;

    public IWriterTransaction Begin(IngestBatch batch, Action<string, ParcelState, int> locked) => new Transaction(connection.BeginTransaction(), checkpointer);

    // One writer per file: nothing can meet its batch.
    public bool MayRetry(Exception failure) => false;

    public void RecordTimings(StatementTimings? timings)
    {
        foreach (var statements in AllStatements()) statements.Timings = timings;
    }

    private IEnumerable<PreparedStatements> AllStatements() => [parcels, events, complaints, notes, rollups];

    public void Dispose()
    {
        checkpointer.Dispose();
        foreach (var statements in AllStatements()) statements.Dispose();
        connection.Dispose();
    }

    private sealed class Transaction(SqliteTransaction transaction, WalCheckpointer checkpointer) : IWriterTransaction
    {
        public void Commit()
        {
            transaction.Commit();
            checkpointer.Committed();
        }

        public void Dispose() => transaction.Dispose();
    }
}

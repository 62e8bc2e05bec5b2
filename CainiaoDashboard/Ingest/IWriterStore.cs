using CainiaoDashboard.Data;
using CainiaoDashboard.Rollups;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// The writer's connection to one engine: its statement groups and its transactions. <see cref="IngestWriter"/> holds
/// the rules; a store only says how each statement runs and how a batch's transaction begins and ends.
/// </summary>
internal interface IWriterStore : IDisposable
{
    IParcelStatements Parcels { get; }
    ITrackingEventStatements Events { get; }
    IComplaintStatements Complaints { get; }
    INoteStatements Notes { get; }
    IRollupStatements Rollups { get; }

    /// <summary>
    /// True when other writers may change parcels between this writer's batches (PostgreSQL, several instances): the
    /// writer then keeps no parcel in memory from one batch to the next.
    /// </summary>
    bool SharedWithOtherWriters { get; }

    /// <summary>
    /// True when the store keeps times to the microsecond (PostgreSQL): the writer cuts incoming times to that, so that it
    /// reasons with what it stores. SQLite keeps the tick, and its stored data stays comparable as it was.
    /// </summary>
    bool KeepsMicroseconds { get; }

    /// <summary>The last failure of background upkeep beside the writer (SQLite's log checkpoint), until one succeeds again.</summary>
    Exception? UpkeepFailure { get; }

    /// <summary>
    /// Begins the batch's transaction. A shared store locks the batch's parcels there, in one order for every writer, and
    /// hands each one's state as it now stands to <paramref name="locked"/> (tracking number, state, carrier of the number).
    /// </summary>
    IWriterTransaction Begin(IngestBatch batch, Action<string, ParcelState, int> locked);

    /// <summary>Whether the batch failed only because it met another writer (a deadlock, a serialisation failure): it may run again.</summary>
    bool MayRetry(Exception failure);

    void RecordTimings(StatementTimings? timings);
}

/// <summary>Another writer changed what this batch relied on (PostgreSQL, several instances): the batch may run again.</summary>
internal sealed class WriterConflictException(string message) : Exception(message);

/// <summary>One batch's transaction: disposed without <see cref="Commit"/>, it rolls back.</summary>
internal interface IWriterTransaction : IDisposable
{
    void Commit();
}

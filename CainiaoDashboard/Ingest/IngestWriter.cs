using System.Diagnostics;
using System.Runtime.InteropServices;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Ingest.Postgres;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Applies batches of validated events in one transaction on one connection: events (de-duplicated by
/// carrier and carrier event id), parcel state and KPI rollups together, so a committed batch is complete
/// and an uncommitted one leaves nothing. Raw statements (<see cref="IWriterStore"/>, one per engine) rather than EF
/// change tracking: this is the hot path. Not thread-safe: exactly one writer owns it.
/// </summary>
public sealed class IngestWriter : IDisposable
{
    /// <summary>
    /// How much earlier than the parcel's registration (the shipper's clock) a carrier's scan may be dated before
    /// it is refused: clocks differ by minutes, never by an hour.
    /// </summary>
    public static readonly TimeSpan RegistrationTolerance = TimeSpan.FromHours(1);

    private readonly IWriterStore store;
    private readonly IParcelStatements parcels;
    private readonly ITrackingEventStatements events;
    private readonly IComplaintStatements complaints;
    private readonly INoteStatements notes;
    private readonly IRollupStatements rollups;
    private HashSet<long> touchedHours = [], touchedDays = [];
    private HashSet<TransitRoute> touchedRoutes = [];
    private readonly Dictionary<RollupDelta, long> rollupDeltas = [];
    private readonly List<RollupDelta> cellsBefore = [], cellsAfter = [];
    private readonly Action<RollupDelta, long> count;

    // Per batch, kept between batches: a batch of 100,000 events fills each with tens of thousands of entries, and new
    // ones every batch were large-object allocations, grown step by step, that the collector then had to reclaim.
    private readonly Dictionary<string, (ParcelState? Parcel, int CarrierOfNumber)> batchNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<long, (ParcelState Before, ParcelState After)> batchChanges = [];
    private readonly List<long> changedIds = [];

    private readonly StatementTimings? timings;

    private readonly ParcelStateCache cache;

    /// <summary>The timing stages of the writer itself: committing, and the whole of each batch.</summary>
    public const string CommitStage = "commit", BatchStage = "batch";

    /// <param name="cachedParcels">Parcels kept in memory (<see cref="IngestOptions.CachedParcels"/>).</param>
    /// <param name="timings">Where to record the time of each stage (benchmarks); null runs untimed.</param>
    public IngestWriter(string sqliteConnectionString, int cachedParcels = IngestOptions.DefaultCachedParcels, StatementTimings? timings = null)
        : this(new StoreConnection(DatabaseProvider.Sqlite, sqliteConnectionString), cachedParcels, timings)
    {
    }

    public IngestWriter(StoreConnection connection, int cachedParcels = IngestOptions.DefaultCachedParcels, StatementTimings? timings = null)
    {
        this.timings = timings;
        count = Count;
        cache = new ParcelStateCache(generationSize: cachedParcels / 2);
        store = connection.IsPostgres ? new PostgresWriterStore(connection.ConnectionString) : new SqliteWriterStore(connection.ConnectionString);
        store.RecordTimings(timings);
        (parcels, events, complaints, notes, rollups) = (store.Parcels, store.Events, store.Complaints, store.Notes, store.Rollups);
        remember = cache.Remember;
    }

    private readonly Action<string, ParcelState, int> remember;

    /// <summary>The last failure of the upkeep that runs beside this writer (SQLite's log checkpoint), until one succeeds again.</summary>
    public Exception? CheckpointFailure => store.UpkeepFailure;

    /// <summary>
    /// Registers new parcels with their first tracking number and their rollup contributions (created,
    /// pending) in one transaction. A tracking number that exists already is skipped; returns how many were new.
    /// </summary>
    public int Register(IReadOnlyList<ParcelRegistration> parcels) =>
        ApplyBatch(new IngestBatch(parcels, [], []), receivedUtc: default).Registered;

    /// <summary>Applies the events in order and commits once; returns one outcome per event.</summary>
    public EventOutcome[] Apply(IReadOnlyList<CarrierEvent> events, DateTime receivedUtc) =>
        ApplyBatch(new IngestBatch([], events, []), receivedUtc).Outcomes;

    /// <summary>Registrations first, then events, then complaints, complaint changes and notes, all in one transaction.</summary>
    public IngestBatchResult ApplyBatch(IngestBatch batch, DateTime receivedUtc)
    {
        if (store.KeepsMicroseconds)
        {
            batch = StoredPrecision.Of(batch);
            receivedUtc = StoredPrecision.Of(receivedUtc);
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return ApplyInOneTransaction(batch, receivedUtc);
            }
            catch (Exception failure)
            {
                // The transaction rolled back, so what the batch put in the cache never happened.
                cache.Clear();
                events.RolledBack();
                // Another writer's batch met this one (PostgreSQL chose this one as a deadlock's victim): run it again.
                if (attempt < MaxAttempts && store.MayRetry(failure)) continue;
                throw;
            }
        }
    }

    private const int MaxAttempts = 5;

    private IngestBatchResult ApplyInOneTransaction(IngestBatch batch, DateTime receivedUtc)
    {
        var started = timings is null ? 0 : Stopwatch.GetTimestamp();
        touchedHours = [];
        touchedDays = [];
        touchedRoutes = [];
        rollupDeltas.Clear();
        // Other writers change parcels between this writer's batches: the cache holds only what this batch locked.
        if (store.SharedWithOtherWriters) cache.Clear();
        using var transaction = store.Begin(batch, remember);
        var touched = new HashSet<long>();
        var registrations = RegisterInTransaction(batch.Parcels, receivedUtc);
        var outcomes = ApplyInTransaction(batch.Events, receivedUtc);
        var filed = batch.Complaints.Select(complaint => FileComplaint(complaint, touched)).ToArray();
        var updates = batch.ComplaintUpdates.Select(update => UpdateComplaint(update, touched)).ToArray();
        var added = batch.Notes.Select(note => AddNote(note, touched)).ToArray();
        WriteRollups();
        var committing = timings is null ? 0 : Stopwatch.GetTimestamp();
        transaction.Commit();
        timings?.Add(CommitStage, committing);
        timings?.Add(BatchStage, started);
        return new IngestBatchResult(registrations.Count(r => r.Outcome == RegistrationOutcome.Registered), outcomes, filed)
        {
            Registrations = registrations,
            ComplaintUpdates = updates,
            Notes = added,
            SupportParcelIds = [.. touched],
            Touched = new TouchedRollups(touchedHours, touchedDays) { TransitRoutes = touchedRoutes },
        };
    }

    private ComplaintUpdateOutcome UpdateComplaint(ComplaintUpdate update, HashSet<long> touched)
    {
        if (complaints.Find(update.ComplaintId) is not { } before) return ComplaintUpdateOutcome.UnknownComplaint;
        if (before.State == update.State && before.IsValid == update.IsValid) return ComplaintUpdateOutcome.Unchanged;

        complaints.Change(update, before);

        // The complaints counter counts valid complaints in the hour they were opened.
        if (before.IsValid != update.IsValid)
        {
            var amount = update.IsValid ? 1 : -1;
            Count(ParcelDeltas.ComplaintCell(SimulatedParcels.IsSimulated(before.TrackingNumber), before.OpenedUtc, before.CarrierId, before.LaneId, before.ServiceLevelId, before.HubId), amount);
            if (FindParcel(before.TrackingNumber, out _) is { } parcel)
            {
                Count(ParcelDeltas.Daily(parcel, DailyCounter.Complaints, before.OpenedUtc), amount);
            }
        }

        touched.Add(before.ParcelId);
        return ComplaintUpdateOutcome.Changed;
    }

    private ComplaintOutcome AddNote(ParcelNoteFiling note, HashSet<long> touched)
    {
        if (FindParcel(note.TrackingNumber, out _)?.Id is not { } parcelId) return ComplaintOutcome.UnknownParcel;

        notes.Insert(parcelId, note);
        touched.Add(parcelId);
        return ComplaintOutcome.Filed;
    }

    private ComplaintOutcome FileComplaint(ComplaintFiling complaint, HashSet<long> touched)
    {
        if (FindParcel(complaint.TrackingNumber, out _) is not { } parcel) return ComplaintOutcome.UnknownParcel;
        if (complaint.IdempotencyKey is not null && complaints.CompareWithStored(complaint, parcel.Id) is { } repeat) return repeat;

        var hubId = parcel.ComplaintHubId;
        complaints.Insert(complaint, parcel, hubId);
        Count(ParcelDeltas.Complaint(parcel, complaint.OpenedUtc, hubId), 1);
        Count(ParcelDeltas.Daily(parcel, DailyCounter.Complaints, complaint.OpenedUtc), 1);
        touched.Add(parcel.Id);
        return ComplaintOutcome.Filed;
    }

    private RegistrationResult[] RegisterInTransaction(IReadOnlyList<ParcelRegistration> registrations, DateTime receivedUtc)
    {
        var results = new RegistrationResult[registrations.Count];
        for (var i = 0; i < registrations.Count; i++) results[i] = Register(registrations[i], receivedUtc);
        return results;
    }

    private RegistrationResult Register(ParcelRegistration parcel, DateTime receivedUtc)
    {
        ThrowIfUnknown(parcel.TrackingNumber,
            ReferenceData.UnknownReference(parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, parcel.ChannelId));
        // A new parcel has no scans: its party (the shipper it waits on) is known before it is stored.
        var registered = WithLateParty(new ParcelState
        {
            CarrierId = parcel.CarrierId, LaneId = parcel.LaneId, ServiceLevelId = parcel.ServiceLevelId,
            CreatedUtc = parcel.CreatedUtc, PromisedUtc = parcel.PromisedUtc,
            BookedCarrierId = parcel.CarrierId, ChannelId = parcel.ChannelId, IsSimulated = SimulatedParcels.IsSimulated(parcel.TrackingNumber),
        });
        if (parcels.Insert(parcel, registered.LateParty) is not { } id)
        {
            // Read only when the number is taken: registering new parcels (seeding, imports) costs no read.
            var (storedId, stored) = parcels.FindRegistration(parcel.TrackingNumber)!.Value;
            var differences = ParcelRegistration.Differences(stored, parcel);
            return differences switch
            {
                [] => RegistrationResult.Duplicate,
                ["promisedAt"] when parcel.PromisedUtc > stored.PromisedUtc => ChangePromise(storedId, parcel.PromisedUtc, receivedUtc),
                _ => new RegistrationResult(RegistrationOutcome.Conflict, differences),
            };
        }

        if (!parcels.AddTrackingNumber(new Handover(parcel.CarrierId, parcel.TrackingNumber), id))
        {
            // Another parcel holds the number as its hand-over number: the parcel row just inserted is taken back.
            parcels.Delete(id);
            return new RegistrationResult(RegistrationOutcome.Conflict, ["trackingNumber"]);
        }

        var state = registered with { Id = id };
        cache.Remember(parcel.TrackingNumber, state, parcel.CarrierId);
        events.Registered(id);
        cellsAfter.Clear();
        state.AddContributionsTo(cellsAfter);
        foreach (var delta in cellsAfter) Count(delta, +1);
        return RegistrationResult.Registered;
    }

    /// <summary>
    /// A later promise than any on record is recorded beside the original (which the on-time KPIs keep counting against);
    /// the latest one sent again is a duplicate, and an earlier one a conflict.
    /// </summary>
    private RegistrationResult ChangePromise(long parcelId, DateTime promisedUtc, DateTime receivedUtc)
    {
        var latest = parcels.LatestPromiseChange(parcelId);
        if (promisedUtc == latest) return RegistrationResult.Duplicate;
        if (promisedUtc < latest) return new RegistrationResult(RegistrationOutcome.Conflict, ["promisedAt"]);
        parcels.AddPromiseChange(parcelId, promisedUtc, receivedUtc);
        return RegistrationResult.PromiseChanged;
    }

    private EventOutcome[] ApplyInTransaction(IReadOnlyList<CarrierEvent> incoming, DateTime receivedUtc)
    {
        var outcomes = new EventOutcome[incoming.Count];
        // One lookup per event in each: the batch's tracking numbers, and the parcels it changed (before and after).
        batchNumbers.Clear();
        batchChanges.Clear();
        for (var i = 0; i < incoming.Count; i++) outcomes[i] = ApplyEvent(incoming[i], receivedUtc);
        events.StorePending();

        // In id order: consecutive saves land on neighbouring pages of the parcel table.
        changedIds.Clear();
        changedIds.AddRange(batchChanges.Keys);
        changedIds.Sort();
        foreach (var id in changedIds)
        {
            var (before, changed) = batchChanges[id];
            var after = WithLateParty(changed);
            CountChange(before, after);
            parcels.Save(after);
            cache.Saved(after);
            if (after.Status.IsFinal()) events.Finished(after.Id);
        }

        foreach (var (number, (parcel, _)) in batchNumbers)
        {
            if (parcel is not null && batchChanges.TryGetValue(parcel.Id, out var change) && change.After.Status.IsFinal()) cache.Forget(number);
        }

        return outcomes;
    }

    /// <remarks>A method of its own rather than the body of the batch's loop: the runtime optimises a long-running loop's
    /// method only partially (on-stack replacement), and that loop was a good part of the writer's time in memory.</remarks>
    private EventOutcome ApplyEvent(CarrierEvent e, DateTime receivedUtc)
    {
        ThrowIfUnknown(e.TrackingNumber, ReferenceData.UnknownReference(e.CarrierId, hubId: e.HubId));
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(batchNumbers, e.TrackingNumber, out var seen);
        if (!seen) number = (FindParcel(e.TrackingNumber, out var carrierOfNumber), carrierOfNumber);
        var (found, numberCarrier) = number;

        if (found is null) return EventOutcome.UnknownParcel;
        if (numberCarrier != e.CarrierId) return EventOutcome.OtherCarriersParcel;

        ref var change = ref CollectionsMarshal.GetValueRefOrAddDefault(batchChanges, found.Id, out var changedBefore);
        var parcel = changedBefore ? change.After : found;
        var outcome = CheckEvent(parcel, e);
        if (outcome is null && !events.Insert(parcel.Id, e, receivedUtc)) outcome = EventOutcome.Duplicate;
        if (outcome is { } refused)
        {
            // Nothing changed: a parcel first met here leaves the batch's changes as it came.
            if (!changedBefore) batchChanges.Remove(found.Id);
            return refused;
        }

        Count(ParcelDeltas.EventAt(e.CarrierId, parcel, e.EventUtc, e.HubId), 1);
        if (e.SubStatus == ParcelSubStatus.DepartedHub && e.HubId is { } departedFrom)
        {
            Count(ParcelDeltas.HubDeparture(e.CarrierId, parcel, e.EventUtc, departedFrom), 1);
        }

        change = (changedBefore ? change.Before : parcel, ParcelTransitions.Apply(parcel, e));

        if (e.Handover is { } handover)
        {
            // Free or this parcel's own (a repeated hand-over) when checked just before; held by another parcel now, only
            // another writer (PostgreSQL) can have taken it since: run the batch again.
            if (!parcels.AddTrackingNumber(handover, parcel.Id) && parcels.FindId(handover.TrackingNumber) != parcel.Id)
            {
                throw new WriterConflictException($"{handover.TrackingNumber} was taken by another writer meanwhile.");
            }

            batchNumbers.Remove(handover.TrackingNumber);
        }

        return EventOutcome.Accepted;
    }

    /// <summary>The state with the party its lateness is counted against, from its scans as stored now (read only when it is late).</summary>
    private ParcelState WithLateParty(ParcelState parcel) => parcel.WithLateParty(events);

    /// <summary>Why the event may not be applied to the parcel as it stands, or null when it may.</summary>
    private EventOutcome? CheckEvent(ParcelState parcel, CarrierEvent e)
    {
        if (e.EventUtc < parcel.CreatedUtc - RegistrationTolerance) return EventOutcome.BeforeRegistration;
        return e.Handover is { } offered ? CheckHandover(parcel, e.CarrierId, offered) : null;
    }

    /// <summary>
    /// Null when the hand-over may be applied: to a partner of the parcel's lane other than the sender, under a number no
    /// other parcel or carrier uses, and the same as any earlier hand-over of the parcel (a repeat changes nothing).
    /// </summary>
    private EventOutcome? CheckHandover(ParcelState parcel, int senderId, Handover handover)
    {
        if (handover.CarrierId == senderId || !ReferenceData.HandoverPartners(parcel.LaneId).Contains(handover.CarrierId))
        {
            return EventOutcome.HandoverPartnerNotAllowed;
        }

        if (parcels.FindHandover(parcel.Id) is { } earlier)
        {
            return earlier == handover ? null : EventOutcome.HandoverConflict;
        }

        // Not handed over yet, so any holder of the number is another parcel, or this parcel under its own carrier.
        return parcels.FindId(handover.TrackingNumber) is null ? null : EventOutcome.HandoverNumberTaken;
    }

    /// <summary>Nets the change into the batch's rollup cells; they are written once each, just before the commit.</summary>
    private void Count(RollupDelta cell, long amount) => CollectionsMarshal.GetValueRefOrAddDefault(rollupDeltas, cell, out _) += amount;

    /// <summary>Moves the parcel's contributions from the cells of its state before the batch to those after.</summary>
    private void CountChange(ParcelState before, ParcelState after) => ParcelState.CountChange(before, after, cellsBefore, cellsAfter, count);

    /// <summary>Writes the batch's netted cells and remembers which hours, days and transit routes of the live window it changed.</summary>
    private void WriteRollups()
    {
        foreach (var (cell, amount) in rollupDeltas)
        {
            if (amount == 0) continue;
            if (cell.Table == RollupTable.Hourly) touchedHours.Add(cell.Bucket);
            else if (cell.Table == RollupTable.Transit)
            {
                touchedDays.Add(cell.Bucket);
                touchedRoutes.Add(new TransitRoute(cell.Bucket, cell.CarrierId, cell.LaneId, cell.ServiceLevelId));
            }
        }

        rollups.Write(rollupDeltas);
    }

    /// <summary>The parcel holding the number, from the cache or else read (and then cached).</summary>
    private ParcelState? FindParcel(string trackingNumber, out int carrierOfNumber)
    {
        if (cache.TryGet(trackingNumber, out var cached, out carrierOfNumber)) return cached;
        if (parcels.Find(trackingNumber, out carrierOfNumber) is not { } read) return null;
        cache.Remember(trackingNumber, read, carrierOfNumber);
        return read;
    }

    /// <summary>
    /// A reference the validators let through is a bug upstream, not a carrier's mistake: the whole batch fails and rolls
    /// back, as a foreign key would have made it.
    /// </summary>
    private static void ThrowIfUnknown(string trackingNumber, string? unknown)
    {
        if (unknown is not null) throw new ArgumentException($"{trackingNumber} refers to an unknown {unknown}; the batch is rolled back.");
    }

    public void Dispose() => store.Dispose();
}

using System.Runtime.CompilerServices;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Statements on TrackingEvents: an event is stored once per parcel, carrier and carrier event id, so a carrier's retry
/// of a batch stores nothing twice (a carrier's event id names a scan of one parcel; some number scans per waybill).
/// </summary>
/// <remarks>
/// The events of parcels whose stored events are all known (<see cref="KnownEventKeys"/>) and that are new are held
/// back and written together, in parcel order, when the writer has applied the batch's events (and before anything
/// reads them). Live traffic scans parcels in no order, so written at once each event went to another page of the
/// events' index, and reading those pages was most of an insert's time; in parcel order they land page after page.
/// </remarks>
internal sealed class TrackingEventStatements : PreparedStatements, ITrackingEventStatements
{
    protected override string Stage => "events";

    /// <summary>Parcels whose event keys are kept (about 90 bytes each): far more than a busy day has in flight.</summary>
    private const int TrackedParcels = 1_048_576;

    private readonly Statement insert, scans;
    private readonly KnownEventKeys known = new(TrackedParcels);
    private readonly List<PendingEvent> pending = [];

    /// <summary>The number of the first event held back in this batch (unchecked: it wraps around after 4 billion).</summary>
    private uint firstHeldBackNumber = 1;

    public TrackingEventStatements(SqliteConnection connection) : base(connection)
    {
        insert = Prepare("""
            INSERT INTO TrackingEvents (ParcelId, CarrierId, CarrierEventId, Status, SubStatus, RawCode, RawText, HubId, EventUtc, ReceivedUtc)
            VALUES ($parcel, $carrier, $eventId, $status, $sub, $code, $text, $hub, $at, $received)
            ON CONFLICT (ParcelId, CarrierId, CarrierEventId) DO NOTHING
            """, "$parcel", "$carrier", "$eventId", "$status", "$sub", "$code", "$text", "$hub", "$at", "$received");
        scans = Prepare("SELECT Status, SubStatus, EventUtc FROM TrackingEvents WHERE ParcelId = $parcel", "$parcel");
    }

    /// <summary>The parcel's stored scans, this transaction's included, as the journey reads them.</summary>
    public List<JourneyScan> Scans(long parcelId)
    {
        StorePending();
        return QueryAll(scans, static row => new JourneyScan((ParcelStatus)row.Int32(0), (ParcelSubStatus)row.Int32(1), row.Utc(2)!.Value), parcelId);
    }

    /// <summary>False when the carrier sent this event id for this parcel before: nothing is stored.</summary>
    public bool Insert(long parcelId, CarrierEvent e, DateTime receivedUtc)
    {
        ref var keys = ref known.Of(parcelId);
        if (Unsafe.IsNullRef(ref keys)) return InsertNow(parcelId, e, receivedUtc);

        var key = KnownEventKeys.KeyOf(e);
        var mayBeStored = false;
        foreach (var entry in keys.Entries)
        {
            if (KnownEventKeys.KeyOf(entry) != key) continue;
            mayBeStored = true;
            // Numbers are handed out in sequence across batches (wrapping around): an earlier batch's is out of this range.
            var place = KnownEventKeys.HeldBackNumberOf(entry) - firstHeldBackNumber;
            if (place < (uint)pending.Count && pending[(int)place].IsSameEvent(parcelId, e)) return false;
        }

        // The same hash as a written event: the same event again, or another that only shares the hash.
        if (mayBeStored) return InsertNow(parcelId, e, receivedUtc);

        // A batch larger than the sort's room for places (Ingest:BatchSize allows it) writes what it holds first.
        if (pending.Count > PlaceMask) StorePending();
        keys.Add(key, firstHeldBackNumber + (uint)pending.Count);
        pending.Add(new PendingEvent(parcelId, e, receivedUtc));
        return true;
    }

    public void Registered(long parcelId)
    {
        // Registering may forget every parcel's keys (past the limit): nothing held back may depend on them then.
        StorePending();
        known.Registered(parcelId);
    }

    public void Finished(long parcelId) => known.Finished(parcelId);

    /// <summary>Writes the events held back, in parcel order (and each parcel's in the order they came).</summary>
    public void StorePending()
    {
        if (pending.Count == 0) return;

        // Sorted as plain numbers, the parcel id above the place in the batch: cheaper than sorting a few hundred thousand
        // structs through a comparison delegate, and the place keeps each parcel's events in the order they came.
        var order = sortKeys.Length >= pending.Count ? sortKeys : sortKeys = new long[Math.Max(pending.Count, sortKeys.Length * 2)];
        for (var i = 0; i < pending.Count; i++) order[i] = (pending[i].ParcelId << PlaceBits) | (long)i;
        Array.Sort(order, 0, pending.Count);
        for (var i = 0; i < pending.Count; i++)
        {
            var (parcelId, e, receivedUtc) = pending[(int)(order[i] & PlaceMask)];
            if (!InsertNow(parcelId, e, receivedUtc))
            {
                // The keys said the parcel had no such event: they are wrong, and so might be this batch's outcomes.
                throw new InvalidOperationException($"Event {e.CarrierEventId} of parcel {parcelId} was stored already; the batch is rolled back.");
            }
        }

        unchecked
        {
            firstHeldBackNumber += (uint)pending.Count;
        }

        pending.Clear();
    }

    /// <summary>
    /// The low bits of a sort key: the place in the batch (up to 2^24 held back at once). The parcel id takes the rest,
    /// enough for 2^39 parcels; beyond, the order would suffer, never which event is written.
    /// </summary>
    private const int PlaceBits = 24;

    private const long PlaceMask = (1L << PlaceBits) - 1;

    private long[] sortKeys = [];

    /// <summary>The batch rolled back: its held-back events were never written, and the keys it added never stored.</summary>
    public void RolledBack()
    {
        pending.Clear();
        known.Clear();
    }

    private bool InsertNow(long parcelId, CarrierEvent e, DateTime receivedUtc) =>
        Execute(insert, parcelId, e.CarrierId, e.CarrierEventId, (int)e.Status, (int)e.SubStatus, e.RawCode, e.RawText, e.HubId,
            e.EventUtc, receivedUtc) == 1;

    private readonly record struct PendingEvent(long ParcelId, CarrierEvent Event, DateTime ReceivedUtc)
    {
        public bool IsSameEvent(long parcelId, CarrierEvent e) =>
            ParcelId == parcelId && Event.CarrierId == e.CarrierId && string.Equals(Event.CarrierEventId, e.CarrierEventId, StringComparison.Ordinal);
    }
}

using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Statements on TrackingEvents: an event is stored once per parcel, carrier and carrier event id, so a carrier's retry
/// of a batch stores nothing twice (a carrier's event id names a scan of one parcel; some number scans per waybill).
/// </summary>
internal sealed class TrackingEventStatements : PreparedStatements, ITrackingEventStatements
{
    protected override string Stage => "events";

    private readonly Statement insert, scans;

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
    public List<JourneyScan> Scans(long parcelId) =>
        QueryAll(scans, static row => new JourneyScan((ParcelStatus)row.Int32(0), (ParcelSubStatus)row.Int32(1), row.Utc(2)!.Value), parcelId);

    /// <summary>False when the carrier sent this event id for this parcel before: nothing is stored.</summary>
    public bool Insert(long parcelId, CarrierEvent e, DateTime receivedUtc) =>
        Execute(insert, parcelId, e.CarrierId, e.CarrierEventId, (int)e.Status, (int)e.SubStatus, e.RawCode, e.RawText, e.HubId,
            e.EventUtc, receivedUtc) == 1;
}

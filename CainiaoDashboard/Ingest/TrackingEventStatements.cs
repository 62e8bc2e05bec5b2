using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>Statements on TrackingEvents: events are stored once per carrier and carrier event id.</summary>
internal sealed class TrackingEventStatements : PreparedStatements
{
    private readonly SqliteCommand insert;

    public TrackingEventStatements(SqliteConnection connection) : base(connection)
    {
        insert = Prepare("""
            INSERT INTO TrackingEvents (ParcelId, CarrierId, CarrierEventId, Status, SubStatus, RawCode, RawText, HubId, EventUtc, ReceivedUtc)
            VALUES ($parcel, $carrier, $eventId, $status, $sub, $code, $text, $hub, $at, $received)
            ON CONFLICT (CarrierId, CarrierEventId) DO NOTHING
            """, "$parcel", "$carrier", "$eventId", "$status", "$sub", "$code", "$text", "$hub", "$at", "$received");
    }

    /// <summary>False when the carrier sent this event id before: nothing is stored.</summary>
    public bool Insert(long parcelId, CarrierEvent e, DateTime receivedUtc)
    {
        var p = insert.Parameters;
        p["$parcel"].Value = parcelId;
        p["$carrier"].Value = e.CarrierId;
        p["$eventId"].Value = e.CarrierEventId;
        p["$status"].Value = (int)e.Status;
        p["$sub"].Value = (int)e.SubStatus;
        p["$code"].Value = e.RawCode;
        p["$text"].Value = e.RawText;
        p["$hub"].Value = Nullable(e.HubId);
        p["$at"].Value = e.EventUtc;
        p["$received"].Value = receivedUtc;
        return insert.ExecuteNonQuery() == 1;
    }
}

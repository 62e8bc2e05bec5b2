using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

// The writer's statement groups, one interface each, with one implementation per engine (SQLite's prepared statements
// beside each interface's name; PostgreSQL's under Ingest/Postgres). The writer's rules live in IngestWriter, once.

/// <summary>Parcels and their tracking numbers (see <see cref="ParcelStatements"/>).</summary>
internal interface IParcelStatements
{
    ParcelState? Find(string trackingNumber, out int carrierOfNumber);
    long? FindId(string trackingNumber);
    Handover? FindHandover(long parcelId);
    long? Insert(ParcelRegistration parcel, LateParty? lateParty);
    bool AddTrackingNumber(Handover handover, long parcelId);
    (long Id, ParcelRegistration Registration)? FindRegistration(string trackingNumber);
    DateTime? LatestPromiseChange(long parcelId);
    void AddPromiseChange(long parcelId, DateTime promisedUtc, DateTime recordedUtc);
    void Delete(long parcelId);
    void Save(ParcelState parcel);
}

/// <summary>Tracking events, stored once per parcel, carrier and carrier event id (see <see cref="TrackingEventStatements"/>).</summary>
internal interface ITrackingEventStatements
{
    /// <summary>The parcel's stored scans, this transaction's included.</summary>
    List<JourneyScan> Scans(long parcelId);

    /// <summary>False when the carrier sent this event id for this parcel before: nothing is stored.</summary>
    bool Insert(long parcelId, CarrierEvent e, DateTime receivedUtc);

    // An engine that writes each event as it comes (PostgreSQL copies a batch's events in one go anyway) needs none of
    // what follows: SQLite's statements hold events back to write them in parcel order.

    /// <summary>The writer registered this parcel: it has no stored events yet.</summary>
    void Registered(long parcelId)
    {
    }

    /// <summary>The parcel is finished: its later events are rare.</summary>
    void Finished(long parcelId)
    {
    }

    /// <summary>Writes what <see cref="Insert"/> held back; the writer calls it once the batch's events are applied.</summary>
    void StorePending()
    {
    }

    /// <summary>The batch's transaction rolled back.</summary>
    void RolledBack()
    {
    }
}

/// <summary>Complaints and their changes (see <see cref="ComplaintStatements"/>).</summary>
internal interface IComplaintStatements
{
    void Insert(ComplaintFiling complaint, ParcelState parcel, int hubId);
    ComplaintOutcome? CompareWithStored(ComplaintFiling complaint, long parcelId);
    StoredComplaint? Find(long complaintId);
    void Change(ComplaintUpdate update, StoredComplaint before);
}

/// <summary>Internal notes on parcels.</summary>
internal interface INoteStatements
{
    void Insert(long parcelId, ParcelNoteFiling note);
}

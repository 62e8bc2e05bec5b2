using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>Statements on Complaints and ComplaintChanges: every change of state or validity is recorded beside the complaint.</summary>
internal sealed class ComplaintStatements : PreparedStatements
{
    protected override string Stage => "complaints";

    private readonly SqliteCommand insert, find, findByKey, setState, insertChange;

    public ComplaintStatements(SqliteConnection connection) : base(connection)
    {
        insert = Prepare("""
            INSERT INTO Complaints (ParcelId, CarrierId, LaneId, ServiceLevelId, HubId, Category, ContactChannel, Description,
                State, IsValid, OpenedUtc, UpdatedUtc, OpenedBy, UpdatedBy, IdempotencyKey)
            VALUES ($parcel, $carrier, $lane, $service, $hub, $category, $channel, $description, 0, 1, $opened, $opened, $by, $by, $key)
            """, "$parcel", "$carrier", "$lane", "$service", "$hub", "$category", "$channel", "$description", "$opened", "$by", "$key");
        findByKey = Prepare("""
            SELECT ParcelId, Category, ContactChannel, Description, OpenedBy FROM Complaints WHERE IdempotencyKey = $key
            """, "$key");
        find = Prepare("""
            SELECT c.ParcelId, c.CarrierId, c.LaneId, c.ServiceLevelId, c.HubId, c.State, c.IsValid, c.OpenedUtc, p.TrackingNumber
            FROM Complaints c JOIN Parcels p ON p.Id = c.ParcelId WHERE c.Id = $id
            """, "$id");
        setState = Prepare("""
            UPDATE Complaints SET State = $state, IsValid = $valid, UpdatedUtc = $at, UpdatedBy = $by, ResolvedUtc = $resolved WHERE Id = $id
            """, "$state", "$valid", "$at", "$by", "$resolved", "$id");
        insertChange = Prepare("""
            INSERT INTO ComplaintChanges (ComplaintId, ChangedUtc, ChangedBy, FromState, ToState, FromValid, ToValid)
            VALUES ($id, $at, $by, $fromState, $toState, $fromValid, $toValid)
            """, "$id", "$at", "$by", "$fromState", "$toState", "$fromValid", "$toValid");
    }

    /// <summary>Files the complaint against the parcel as it is now, counted at <paramref name="hubId"/>.</summary>
    public void Insert(ComplaintFiling complaint, ParcelState parcel, int hubId) =>
        Execute(insert, parcel.Id, parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, hubId, (int)complaint.Category,
            (int)complaint.ContactChannel, complaint.Description, complaint.OpenedUtc, complaint.FiledBy, complaint.IdempotencyKey);

    /// <summary>
    /// Null when no complaint holds the filing's key. A stored one with the same content makes the filing a
    /// duplicate (its time is not compared: a retry is sent later); different content makes it a conflict.
    /// </summary>
    public ComplaintOutcome? CompareWithStored(ComplaintFiling complaint, long parcelId)
    {
        using var reader = ExecuteReader(findByKey, complaint.IdempotencyKey);
        if (!reader.Read()) return null;
        var same = reader.GetInt64(0) == parcelId
            && (ComplaintCategory)reader.GetInt32(1) == complaint.Category
            && (ContactChannel)reader.GetInt32(2) == complaint.ContactChannel
            && reader.GetString(3) == complaint.Description
            && reader.GetString(4) == complaint.FiledBy;
        return same ? ComplaintOutcome.Duplicate : ComplaintOutcome.Conflict;
    }

    public StoredComplaint? Find(long complaintId)
    {
        using var reader = ExecuteReader(find, complaintId);
        if (!reader.Read()) return null;
        return new StoredComplaint(
            ParcelId: reader.GetInt64(0),
            CarrierId: reader.GetInt32(1),
            LaneId: reader.GetInt32(2),
            ServiceLevelId: reader.GetInt32(3),
            HubId: reader.GetInt32(4),
            State: (ComplaintState)reader.GetInt32(5),
            IsValid: reader.GetBoolean(6),
            OpenedUtc: Utc(reader, 7)!.Value,
            TrackingNumber: reader.GetString(8));
    }

    /// <summary>Applies the update and records the change from <paramref name="before"/>.</summary>
    public void Change(ComplaintUpdate update, StoredComplaint before)
    {
        DateTime? resolvedUtc = update.State.IsOpen() ? null : update.ChangedUtc;
        Execute(setState, (int)update.State, update.IsValid, update.ChangedUtc, update.ChangedBy, resolvedUtc, update.ComplaintId);
        Execute(insertChange, update.ComplaintId, update.ChangedUtc, update.ChangedBy, (int)before.State, (int)update.State,
            before.IsValid, update.IsValid);
    }
}

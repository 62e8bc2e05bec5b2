using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>Statements on Complaints and ComplaintChanges: every change of state or validity is recorded beside the complaint.</summary>
internal sealed class ComplaintStatements : PreparedStatements, IComplaintStatements
{
    protected override string Stage => "complaints";

    private readonly Statement insert, find, findByKey, setState, insertChange;

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
        return QueryFirst<ComplaintOutcome?>(findByKey, row => Compare(row, complaint, parcelId), complaint.IdempotencyKey);
    }

    public StoredComplaint? Find(long complaintId)
    {
        return QueryFirst(find, static row => ReadStored(row), complaintId);
    }

    /// <summary>
    /// The stored complaint holding a filing's key (ParcelId, Category, ContactChannel, Description, OpenedBy) against the
    /// filing: the same content is a duplicate (its time is not compared: a retry is sent later), other content a conflict.
    /// </summary>
    public static ComplaintOutcome Compare<TRow>(TRow row, ComplaintFiling complaint, long parcelId) where TRow : IStoredRow, allows ref struct =>
        row.Int64(0) == parcelId
        && (ComplaintCategory)row.Int32(1) == complaint.Category
        && (ContactChannel)row.Int32(2) == complaint.ContactChannel
        && row.Text(3) == complaint.Description
        && row.Text(4) == complaint.FiledBy
            ? ComplaintOutcome.Duplicate
            : ComplaintOutcome.Conflict;

    /// <summary>A complaint from (ParcelId, CarrierId, LaneId, ServiceLevelId, HubId, State, IsValid, OpenedUtc, the parcel's TrackingNumber).</summary>
    public static StoredComplaint ReadStored<TRow>(TRow row) where TRow : IStoredRow, allows ref struct => new(
        ParcelId: row.Int64(0),
        CarrierId: row.Int32(1),
        LaneId: row.Int32(2),
        ServiceLevelId: row.Int32(3),
        HubId: row.Int32(4),
        State: (ComplaintState)row.Int32(5),
        IsValid: row.Boolean(6),
        OpenedUtc: row.Utc(7)!.Value,
        TrackingNumber: row.Text(8));

    /// <summary>Applies the update and records the change from <paramref name="before"/>.</summary>
    public void Change(ComplaintUpdate update, StoredComplaint before)
    {
        DateTime? resolvedUtc = update.State.IsOpen() ? null : update.ChangedUtc;
        Execute(setState, (int)update.State, update.IsValid, update.ChangedUtc, update.ChangedBy, resolvedUtc, update.ComplaintId);
        Execute(insertChange, update.ComplaintId, update.ChangedUtc, update.ChangedBy, (int)before.State, (int)update.State,
            before.IsValid, update.IsValid);
    }
}

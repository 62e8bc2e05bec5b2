using CainiaoDashboard.Data.Postgres;
using CainiaoDashboard.Domain;
using Npgsql;
using NpgsqlTypes;

namespace CainiaoDashboard.Ingest.Postgres;

/// <summary><see cref="IComplaintStatements"/> on PostgreSQL; a complaint being changed is locked as it is read.</summary>
internal sealed class PostgresComplaintStatements : IComplaintStatements, IDisposable
{
    private readonly PostgresStatement insert, find, findByKey, setState, insertChange;

    public PostgresComplaintStatements(NpgsqlConnection connection)
    {
        const NpgsqlDbType Text = NpgsqlDbType.Text, Int = NpgsqlDbType.Integer, Long = NpgsqlDbType.Bigint, Time = NpgsqlDbType.TimestampTz,
            Bool = NpgsqlDbType.Boolean;
        insert = new(connection, """
            INSERT INTO "Complaints" ("ParcelId", "CarrierId", "LaneId", "ServiceLevelId", "HubId", "Category", "ContactChannel", "Description",
                "State", "IsValid", "OpenedUtc", "UpdatedUtc", "OpenedBy", "UpdatedBy", "IdempotencyKey")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, TRUE, $9, $9, $10, $10, $11)
            """, Long, Int, Int, Int, Int, Int, Int, Text, Time, Text, Text);
        findByKey = new(connection, """
            SELECT "ParcelId", "Category", "ContactChannel", "Description", "OpenedBy" FROM "Complaints" WHERE "IdempotencyKey" = $1
            """, Text);
        find = new(connection, """
            SELECT c."ParcelId", c."CarrierId", c."LaneId", c."ServiceLevelId", c."HubId", c."State", c."IsValid", c."OpenedUtc", p."TrackingNumber"
            FROM "Complaints" c JOIN "Parcels" p ON p."Id" = c."ParcelId" WHERE c."Id" = $1
            FOR UPDATE OF c
            """, Long);
        setState = new(connection, """
            UPDATE "Complaints" SET "State" = $1, "IsValid" = $2, "UpdatedUtc" = $3, "UpdatedBy" = $4, "ResolvedUtc" = $5 WHERE "Id" = $6
            """, Int, Bool, Time, Text, Time, Long);
        insertChange = new(connection, """
            INSERT INTO "ComplaintChanges" ("ComplaintId", "ChangedUtc", "ChangedBy", "FromState", "ToState", "FromValid", "ToValid")
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, Long, Time, Text, Int, Int, Bool, Bool);
    }

    public void Insert(ComplaintFiling complaint, ParcelState parcel, int hubId) =>
        insert.Execute(parcel.Id, parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, hubId, (int)complaint.Category,
            (int)complaint.ContactChannel, complaint.Description, complaint.OpenedUtc, complaint.FiledBy, complaint.IdempotencyKey);

    public ComplaintOutcome? CompareWithStored(ComplaintFiling complaint, long parcelId) =>
        findByKey.QueryFirst<ComplaintOutcome?>(row => ComplaintStatements.Compare(row, complaint, parcelId), complaint.IdempotencyKey);

    public StoredComplaint? Find(long complaintId) => find.QueryFirst(ComplaintStatements.ReadStored, complaintId);

    public void Change(ComplaintUpdate update, StoredComplaint before)
    {
        DateTime? resolvedUtc = update.State.IsOpen() ? null : update.ChangedUtc;
        setState.Execute((int)update.State, update.IsValid, update.ChangedUtc, update.ChangedBy, resolvedUtc, update.ComplaintId);
        insertChange.Execute(update.ComplaintId, update.ChangedUtc, update.ChangedBy, (int)before.State, (int)update.State,
            before.IsValid, update.IsValid);
    }

    public IEnumerable<PostgresStatement> Statements => [insert, find, findByKey, setState, insertChange];

    public void Dispose()
    {
        foreach (var statement in Statements) statement.Dispose();
    }
}

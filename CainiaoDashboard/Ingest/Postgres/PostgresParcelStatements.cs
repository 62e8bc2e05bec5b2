using CainiaoDashboard.Data.Postgres;
using CainiaoDashboard.Domain;
using Npgsql;
using NpgsqlTypes;

namespace CainiaoDashboard.Ingest.Postgres;

/// <summary>
/// <see cref="IParcelStatements"/> on PostgreSQL. The batch's parcels are locked when it begins
/// (<see cref="LockAndRead"/>, in id order, so two writers never wait on each other in a circle); their saves are
/// gathered and written in one set-based UPDATE before anything reads parcels again and before the commit.
/// </summary>
internal sealed class PostgresParcelStatements : IParcelStatements, IDisposable
{
    private readonly PostgresStatement find, findId, insert, insertTrackingNumber, findHandover, findRegistration, deleteParcel,
        latestPromise, insertPromiseChange, lockAndRead, saveAll;
    private readonly List<ParcelState> pendingSaves = [];
    private readonly List<(long Id, int Party)> pendingParties = [];
    private readonly PostgresStatement insertAll, addBookedNumbers, saveParties;

    // The batch's registrations, inserted together as it begins (InsertRegistrations): the numbers it registers, each new
    // number's parcel id until its registration claims it, and whether each new parcel's booked number could be stored.
    private readonly HashSet<string> registering = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> newParcels = new(StringComparer.Ordinal);
    private readonly Dictionary<long, bool> bookedNumberStored = [];

    private static readonly string StateColumns = ParcelStatements.StateColumnsOf(column => $"\"{column}\"");

    private const int StateColumnCount = ParcelStatements.StateColumnCount;

    // Told of each parcel Find locks after the batch began (a number registered or handed over by another writer since).
    private readonly Action<long> lockedLater;

    public PostgresParcelStatements(NpgsqlConnection connection, Action<long> lockedLater)
    {
        this.lockedLater = lockedLater;
        const NpgsqlDbType Text = NpgsqlDbType.Text, Int = NpgsqlDbType.Integer, Long = NpgsqlDbType.Bigint, Time = NpgsqlDbType.TimestampTz;
        find = new(connection, $"""
            SELECT {StateColumns}, t."CarrierId"
            FROM "ParcelTrackingNumbers" t JOIN "Parcels" p ON p."Id" = t."ParcelId"
            WHERE t."TrackingNumber" = $1
            FOR UPDATE OF p
            """, Text);
        lockAndRead = new(connection, $"""
            SELECT {StateColumns}, t."CarrierId", t."TrackingNumber"
            FROM "ParcelTrackingNumbers" t JOIN "Parcels" p ON p."Id" = t."ParcelId"
            WHERE t."TrackingNumber" = ANY($1)
            ORDER BY p."Id"
            FOR UPDATE OF p
            """, NpgsqlDbType.Array | Text);
        findId = new(connection, """SELECT "ParcelId" FROM "ParcelTrackingNumbers" WHERE "TrackingNumber" = $1""", Text);
        insert = new(connection, """
            INSERT INTO "Parcels" ("TrackingNumber", "CarrierId", "BookedCarrierId", "LaneId", "ServiceLevelId", "ChannelId", "CreatedUtc",
                "PromisedUtc", "AtRiskUtc", "Status", "SubStatus", "Lateness", "AttemptCount", "RecipientName", "RecipientPhone",
                "RecipientAddress", "LateParty")
            VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, 0, 0, 0, 0, $9, $10, $11, $12)
            ON CONFLICT ("TrackingNumber") DO NOTHING
            RETURNING "Id"
            """, Text, Int, Int, Int, Int, Time, Time, Time, Text, Text, Text, Int);
        insertTrackingNumber = new(connection, """
            INSERT INTO "ParcelTrackingNumbers" ("TrackingNumber", "ParcelId", "CarrierId", "Sequence")
            VALUES ($1, $2, $3, (SELECT COUNT(*) FROM "ParcelTrackingNumbers" WHERE "ParcelId" = $2))
            ON CONFLICT ("TrackingNumber") DO NOTHING
            """, Text, Long, Int);
        findRegistration = new(connection,
            $"""SELECT {string.Join(", ", ParcelStatements.RegistrationColumns.Select(c => $"\"{c}\""))} FROM "Parcels" WHERE "TrackingNumber" = $1""", Text);
        deleteParcel = new(connection, """DELETE FROM "Parcels" WHERE "Id" = $1""", Long);
        latestPromise = new(connection, """SELECT "PromisedUtc" FROM "PromiseChanges" WHERE "ParcelId" = $1 ORDER BY "Id" DESC LIMIT 1""", Long);
        insertPromiseChange = new(connection, """
            INSERT INTO "PromiseChanges" ("ParcelId", "PromisedUtc", "RecordedUtc") VALUES ($1, $2, $3)
            """, Long, Time, Time);
        findHandover = new(connection, """
            SELECT "CarrierId", "TrackingNumber" FROM "ParcelTrackingNumbers" WHERE "ParcelId" = $1 AND "Sequence" > 0 ORDER BY "Sequence" LIMIT 1
            """, Long);
        insertAll = new(connection, """
            INSERT INTO "Parcels" ("TrackingNumber", "CarrierId", "BookedCarrierId", "LaneId", "ServiceLevelId", "ChannelId", "CreatedUtc",
                "PromisedUtc", "AtRiskUtc", "Status", "SubStatus", "Lateness", "AttemptCount", "RecipientName", "RecipientPhone",
                "RecipientAddress")
            SELECT r.tn, r.carrier, r.carrier, r.lane, r.service, r.channel, r.created, r.promised, r.at_risk, 0, 0, 0, 0, r.name, r.phone, r.address
            FROM unnest($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) WITH ORDINALITY
                AS r(tn, carrier, lane, service, channel, created, promised, at_risk, name, phone, address, position)
            ORDER BY r.position
            ON CONFLICT ("TrackingNumber") DO NOTHING
            RETURNING "Id", "TrackingNumber"
            """, [.. new[] { Text, Int, Int, Int, Int, Time, Time, Time, Text, Text, Text }.Select(type => type | NpgsqlDbType.Array)]);
        addBookedNumbers = new(connection, """
            INSERT INTO "ParcelTrackingNumbers" ("TrackingNumber", "ParcelId", "CarrierId", "Sequence")
            SELECT n.tn, n.parcel, n.carrier, 0 FROM unnest($1, $2, $3) AS n(tn, parcel, carrier)
            ON CONFLICT ("TrackingNumber") DO NOTHING
            RETURNING "TrackingNumber"
            """, NpgsqlDbType.Array | Text, NpgsqlDbType.Array | Long, NpgsqlDbType.Array | Int);
        saveParties = new(connection, """
            UPDATE "Parcels" p SET "LateParty" = s.party FROM unnest($1, $2) AS s(id, party) WHERE p."Id" = s.id
            """, NpgsqlDbType.Array | Long, NpgsqlDbType.Array | Int);
        saveAll = new(connection, """
            UPDATE "Parcels" p SET "CarrierId" = s.carrier, "Status" = s.status, "SubStatus" = s.sub, "LastEventUtc" = s.last,
                "LastHubId" = s.hub, "PickedUpUtc" = s.picked, "FirstAttemptUtc" = s.attempt, "DeliveredUtc" = s.delivered,
                "FirstExceptionUtc" = s.exception, "AttemptCount" = s.attempts, "DeliveryHubId" = s.delivery_hub, "Lateness" = s.lateness,
                "OriginHubId" = s.origin_hub, "EstimatedUtc" = s.estimate, "LateParty" = s.party
            FROM unnest($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                AS s(id, carrier, status, sub, last, hub, picked, attempt, delivered, exception, attempts, delivery_hub, lateness,
                     origin_hub, estimate, party)
            WHERE p."Id" = s.id
            """, [.. new[] { Long, Int, Int, Int, Time, Int, Time, Time, Time, Time, Int, Int, Int, Int, Time, Int }.Select(type => type | NpgsqlDbType.Array)]);
    }

    /// <summary>
    /// Locks the parcels holding these numbers, in id order, and hands each number's parcel as it now stands to
    /// <paramref name="locked"/>; returns each locked parcel's id by number.
    /// </summary>
    public Dictionary<string, long> LockAndRead(string[] trackingNumbers, Action<string, ParcelState, int> locked)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (trackingNumbers.Length == 0) return ids;
        lockAndRead.QueryAll(reader =>
        {
            var state = ParcelStatements.ReadState(reader);
            var number = reader.Text(StateColumnCount + 1);
            locked(number, state, reader.Int32(StateColumnCount));
            ids[number] = state.Id;
            return 0;
        }, [trackingNumbers]);
        return ids;
    }

    public ParcelState? Find(string trackingNumber, out int carrierOfNumber)
    {
        WritePendingSaves();
        var found = find.QueryFirst(reader => (State: ParcelStatements.ReadState(reader), Carrier: reader.Int32(StateColumnCount)), trackingNumber);
        carrierOfNumber = found.Carrier;
        // The batch locked the parcels its numbers named as it began; one found only now is locked by this read (out of
        // id order: a deadlock this makes is retried) and its stored events are read as theirs were.
        if (found.State is { } state) lockedLater(state.Id);
        return found.State;
    }

    public long? FindId(string trackingNumber) => findId.QueryFirst<long?>(reader => reader.Int64(0), trackingNumber);

    public Handover? FindHandover(long parcelId) =>
        findHandover.QueryFirst(reader => new Handover(reader.Int32(0), reader.Text(1)), parcelId);

    /// <summary>
    /// Inserts the batch's new parcels and their booked numbers in two statements; <see cref="Insert"/> and
    /// <see cref="AddTrackingNumber"/> then answer for them from what these stored, without a round trip each.
    /// </summary>
    public void InsertRegistrations(IReadOnlyList<ParcelRegistration> registrations)
    {
        registering.Clear();
        newParcels.Clear();
        bookedNumberStored.Clear();
        if (registrations.Count == 0) return;
        foreach (var parcel in registrations) registering.Add(parcel.TrackingNumber);
        var ids = insertAll.QueryAll(row => (Number: row.Text(1), Id: row.Int64(0)),
            Column(registrations, p => p.TrackingNumber), Column(registrations, p => p.CarrierId), Column(registrations, p => p.LaneId),
            Column(registrations, p => p.ServiceLevelId), Column(registrations, p => p.ChannelId), Column(registrations, p => Utc(p.CreatedUtc)),
            Column(registrations, p => Utc(p.PromisedUtc)), Column(registrations, p => Utc(LatenessRules.AtRiskFrom(p.CreatedUtc, p.PromisedUtc))),
            Column(registrations, p => p.RecipientName), Column(registrations, p => p.RecipientPhone), Column(registrations, p => p.RecipientAddress));
        if (ids.Count == 0) return;
        var carriers = registrations.GroupBy(p => p.TrackingNumber).ToDictionary(g => g.Key, g => g.First().CarrierId);
        var stored = addBookedNumbers.QueryAll(row => row.Text(0),
            ids.Select(i => i.Number).ToArray(), ids.Select(i => i.Id).ToArray(), ids.Select(i => carriers[i.Number]).ToArray()).ToHashSet();
        foreach (var (number, id) in ids)
        {
            newParcels[number] = id;
            bookedNumberStored[id] = stored.Contains(number);
        }
    }

    public long? Insert(ParcelRegistration parcel, LateParty? lateParty)
    {
        // The first registration of a new number claims the parcel inserted for it; any other one of the batch found its
        // number taken (before the batch, or by that first one).
        if (newParcels.Remove(parcel.TrackingNumber, out var id))
        {
            if (lateParty is { } party) pendingParties.Add((id, (int)party));
            return id;
        }

        if (registering.Contains(parcel.TrackingNumber)) return null;

        var atRiskUtc = LatenessRules.AtRiskFrom(parcel.CreatedUtc, parcel.PromisedUtc);
        return insert.QueryFirst<long?>(reader => reader.Int64(0), parcel.TrackingNumber, parcel.CarrierId, parcel.LaneId,
            parcel.ServiceLevelId, parcel.ChannelId, parcel.CreatedUtc, parcel.PromisedUtc, atRiskUtc, parcel.RecipientName,
            parcel.RecipientPhone, parcel.RecipientAddress, (int?)lateParty);
    }

    public bool AddTrackingNumber(Handover handover, long parcelId)
    {
        // A new parcel's first number is its booked one, stored with the batch's registrations.
        if (bookedNumberStored.Remove(parcelId, out var stored)) return stored;

        return insertTrackingNumber.Execute(handover.TrackingNumber, parcelId, handover.CarrierId) == 1;
    }

    public (long Id, ParcelRegistration Registration)? FindRegistration(string trackingNumber) =>
        findRegistration.QueryFirst<(long, ParcelRegistration)?>(row => ParcelStatements.ReadRegistration(row, trackingNumber), trackingNumber);

    public DateTime? LatestPromiseChange(long parcelId) => latestPromise.QueryFirst(reader => reader.Utc(0), parcelId);

    public void AddPromiseChange(long parcelId, DateTime promisedUtc, DateTime recordedUtc) =>
        insertPromiseChange.Execute(parcelId, promisedUtc, recordedUtc);

    public void Delete(long parcelId) => deleteParcel.Execute(parcelId);

    public void Save(ParcelState parcel) => pendingSaves.Add(parcel);

    /// <summary>Writes the saves gathered so far in one statement.</summary>
    public void WritePendingSaves()
    {
        if (pendingParties.Count > 0)
        {
            saveParties.Execute(pendingParties.Select(p => p.Id).ToArray(), pendingParties.Select(p => p.Party).ToArray());
            pendingParties.Clear();
        }

        if (pendingSaves.Count == 0) return;
        var saves = pendingSaves;
        saveAll.Execute(
            Column(saves, p => p.Id), Column(saves, p => p.CarrierId), Column(saves, p => (int)p.Status), Column(saves, p => (int)p.SubStatus),
            Times(saves, p => p.LastEventUtc), Column(saves, p => p.LastHubId), Times(saves, p => p.PickedUpUtc),
            Times(saves, p => p.FirstAttemptUtc), Times(saves, p => p.DeliveredUtc), Times(saves, p => p.FirstExceptionUtc),
            Column(saves, p => p.AttemptCount), Column(saves, p => p.DeliveryHubId), Column(saves, p => (int)p.Lateness),
            Column(saves, p => p.OriginHubId), Times(saves, p => p.EstimatedUtc), Column(saves, p => (int?)p.LateParty));
        pendingSaves.Clear();
    }

    /// <summary>Forgets saves not yet written (the batch rolled back).</summary>
    public void DiscardPendingSaves()
    {
        pendingSaves.Clear();
        pendingParties.Clear();
    }

    private static DateTime Utc(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc);

    private static TValue[] Column<TRow, TValue>(IReadOnlyList<TRow> parcels, Func<TRow, TValue> value)
    {
        var column = new TValue[parcels.Count];
        for (var i = 0; i < column.Length; i++) column[i] = value(parcels[i]);
        return column;
    }

    private static DateTime?[] Times(List<ParcelState> parcels, Func<ParcelState, DateTime?> value) =>
        Column(parcels, p => value(p) is { } time ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : (DateTime?)null);

    /// <summary>Every statement, the batch's lock first (timed apart from the others).</summary>
    public IEnumerable<PostgresStatement> Statements =>
        [lockAndRead, find, findId, insert, insertAll, addBookedNumbers, insertTrackingNumber, findHandover, findRegistration, deleteParcel,
            latestPromise, insertPromiseChange, saveAll, saveParties];

    public void Dispose()
    {
        foreach (var statement in Statements) statement.Dispose();
    }
}

using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Statements on Parcels and ParcelTrackingNumbers: a parcel's state is read and saved by any of its tracking
/// numbers, its booked number first (sequence 0) and hand-over numbers after.
/// </summary>
internal sealed class ParcelStatements : PreparedStatements, IParcelStatements
{
    protected override string Stage => "parcels";

    private readonly Statement find, findId, insert, update, updateLateParty, insertTrackingNumber, findHandover, findRegistration, deleteParcel, latestPromise, insertPromiseChange;

    public ParcelStatements(SqliteConnection connection) : base(connection)
    {
        find = Prepare($"""
            SELECT {StateColumns}, t.CarrierId
            FROM ParcelTrackingNumbers t JOIN Parcels p ON p.Id = t.ParcelId
            WHERE t.TrackingNumber = $tn
            """, "$tn");
        findId = Prepare("SELECT ParcelId FROM ParcelTrackingNumbers WHERE TrackingNumber = $tn", "$tn");
        insert = Prepare("""
            INSERT INTO Parcels (TrackingNumber, CarrierId, BookedCarrierId, LaneId, ServiceLevelId, ChannelId, CreatedUtc, PromisedUtc, AtRiskUtc,
                Status, SubStatus, Lateness, AttemptCount, RecipientName, RecipientPhone, RecipientAddress, LateParty)
            VALUES ($tn, $carrier, $carrier, $lane, $service, $channel, $created, $promised, $atRisk, 0, 0, 0, 0, $name, $phone, $address, $party)
            ON CONFLICT (TrackingNumber) DO NOTHING
            """, "$tn", "$carrier", "$lane", "$service", "$channel", "$created", "$promised", "$atRisk", "$name", "$phone", "$address", "$party");
        update = Prepare("""
            UPDATE Parcels SET CarrierId = $carrier, Status = $status, SubStatus = $sub, LastEventUtc = $last, LastHubId = $hub,
                PickedUpUtc = $picked, FirstAttemptUtc = $attempt, DeliveredUtc = $delivered, FirstExceptionUtc = $exception,
                AttemptCount = $attempts, DeliveryHubId = $deliveryHub, Lateness = $lateness, OriginHubId = $originHub, EstimatedUtc = $estimate,
                LateParty = $party
            WHERE Id = $id
            """, "$carrier", "$status", "$sub", "$last", "$hub", "$picked", "$attempt", "$delivered", "$exception", "$attempts",
            "$deliveryHub", "$lateness", "$originHub", "$estimate", "$party", "$id");
        updateLateParty = Prepare("UPDATE Parcels SET LateParty = $party WHERE Id = $id", "$party", "$id");
        insertTrackingNumber = Prepare("""
            INSERT INTO ParcelTrackingNumbers (TrackingNumber, ParcelId, CarrierId, Sequence)
            VALUES ($tn, $parcel, $carrier, (SELECT COUNT(*) FROM ParcelTrackingNumbers WHERE ParcelId = $parcel))
            ON CONFLICT (TrackingNumber) DO NOTHING
            """, "$tn", "$parcel", "$carrier");
        findRegistration = Prepare($"SELECT {string.Join(", ", RegistrationColumns)} FROM Parcels WHERE TrackingNumber = $tn", "$tn");
        deleteParcel = Prepare("DELETE FROM Parcels WHERE Id = $id", "$id");
        latestPromise = Prepare("SELECT PromisedUtc FROM PromiseChanges WHERE ParcelId = $parcel ORDER BY Id DESC LIMIT 1", "$parcel");
        insertPromiseChange = Prepare("INSERT INTO PromiseChanges (ParcelId, PromisedUtc, RecordedUtc) VALUES ($parcel, $promised, $recorded)",
            "$parcel", "$promised", "$recorded");
        findHandover = Prepare("""
            SELECT CarrierId, TrackingNumber FROM ParcelTrackingNumbers WHERE ParcelId = $parcel AND Sequence > 0 ORDER BY Sequence LIMIT 1
            """, "$parcel");
    }

    /// <summary>The parcel holding the number, and in <paramref name="carrierOfNumber"/> the carrier the number belongs to.</summary>
    public ParcelState? Find(string trackingNumber, out int carrierOfNumber)
    {
        var found = QueryFirst(find, static row => (CarrierOfNumber: row.Int32(StateColumnCount), State: ReadState(row)), trackingNumber);
        carrierOfNumber = found.CarrierOfNumber;
        return found.State;
    }

    /// <summary>What <see cref="ReadState"/> reads, in its order, from the parcel row <c>p</c> (names quoted by <paramref name="quote"/>).</summary>
    public static string StateColumnsOf(Func<string, string> quote)
    {
        string[] columns =
        [
            "Id", "CarrierId", "LaneId", "ServiceLevelId", "CreatedUtc", "PromisedUtc", "Status", "SubStatus", "LastEventUtc", "LastHubId",
            "PickedUpUtc", "FirstAttemptUtc", "DeliveredUtc", "FirstExceptionUtc", "AttemptCount", "DeliveryHubId", "Lateness",
            "BookedCarrierId", "ChannelId", "OriginHubId", "TrackingNumber", "EstimatedUtc", "LateParty",
        ];
        // The tracking number's place holds whether the parcel is the simulator's, 1 or 0.
        return string.Join(", ", columns.Select(c => c == "TrackingNumber"
            ? $"CASE WHEN {SimulatedParcels.Sql("p." + quote(c))} THEN 1 ELSE 0 END"
            : "p." + quote(c)));
    }

    public static readonly string StateColumns = StateColumnsOf(column => column);

    public const int StateColumnCount = 23;

    /// <summary>The parcel's state from a row starting with <see cref="StateColumns"/>.</summary>
    public static ParcelState ReadState<TRow>(TRow row) where TRow : IStoredRow, allows ref struct => new()
    {
        Id = row.Int64(0),
        CarrierId = row.Int32(1),
        LaneId = row.Int32(2),
        ServiceLevelId = row.Int32(3),
        CreatedUtc = row.Utc(4)!.Value,
        PromisedUtc = row.Utc(5)!.Value,
        Status = (ParcelStatus)row.Int32(6),
        SubStatus = (ParcelSubStatus)row.Int32(7),
        LastEventUtc = row.Utc(8),
        LastHubId = row.NullableInt32(9),
        PickedUpUtc = row.Utc(10),
        FirstAttemptUtc = row.Utc(11),
        DeliveredUtc = row.Utc(12),
        FirstExceptionUtc = row.Utc(13),
        AttemptCount = row.Int32(14),
        DeliveryHubId = row.NullableInt32(15),
        Lateness = (Lateness)row.Int32(16),
        BookedCarrierId = row.Int32(17),
        ChannelId = row.Int32(18),
        OriginHubId = row.NullableInt32(19),
        IsSimulated = row.Int32(20) == 1,
        EstimatedUtc = row.Utc(21),
        LateParty = row.NullableInt32(22) is { } party ? (LateParty)party : null,
    };

    public long? FindId(string trackingNumber)
    {
        return QueryInt64(findId, trackingNumber);
    }

    /// <summary>The parcel's first hand-over: its earliest tracking number after the booked one.</summary>
    public Handover? FindHandover(long parcelId)
    {
        return QueryFirst(findHandover, static row => new Handover(row.Int32(0), row.Text(1)), parcelId);
    }

    /// <summary>The new parcel's id, or null when its tracking number is registered already (nothing is stored).</summary>
    public long? Insert(ParcelRegistration parcel, LateParty? lateParty)
    {
        var atRiskUtc = LatenessRules.AtRiskFrom(parcel.CreatedUtc, parcel.PromisedUtc);
        return ExecuteInsert(insert, parcel.TrackingNumber, parcel.CarrierId, parcel.LaneId, parcel.ServiceLevelId, parcel.ChannelId,
            parcel.CreatedUtc, parcel.PromisedUtc, atRiskUtc, parcel.RecipientName, parcel.RecipientPhone, parcel.RecipientAddress,
            (int?)lateParty);
    }

    /// <summary>Adds the number under the next sequence; a number already held by any parcel is left as it is (false).</summary>
    public bool AddTrackingNumber(Handover handover, long parcelId) =>
        Execute(insertTrackingNumber, handover.TrackingNumber, parcelId, handover.CarrierId) == 1;

    /// <summary>The parcel registered under this booked number, as registered, with its id; null when there is none.</summary>
    public (long Id, ParcelRegistration Registration)? FindRegistration(string trackingNumber) =>
        QueryFirst<(long, ParcelRegistration)?>(findRegistration, row => ReadRegistration(row, trackingNumber), trackingNumber);

    /// <summary>What <see cref="RegistrationColumns"/> reads, in its order: the parcel's id and its registration as stored.</summary>
    public static (long Id, ParcelRegistration Registration) ReadRegistration<TRow>(TRow row, string trackingNumber)
        where TRow : IStoredRow, allows ref struct =>
        (row.Int64(9), new ParcelRegistration(trackingNumber, row.Int32(0), row.Int32(1), row.Int32(2), row.Int32(3), row.Utc(4)!.Value,
            row.Utc(5)!.Value, row.Text(6), row.Text(7), row.Text(8)));

    public static readonly string[] RegistrationColumns =
    [
        "BookedCarrierId", "LaneId", "ServiceLevelId", "ChannelId", "CreatedUtc", "PromisedUtc", "RecipientName", "RecipientPhone",
        "RecipientAddress", "Id",
    ];

    /// <summary>The parcel's latest promise change; null while it has none.</summary>
    public DateTime? LatestPromiseChange(long parcelId) => QueryFirst<DateTime?>(latestPromise, static row => row.Utc(0), parcelId);

    public void AddPromiseChange(long parcelId, DateTime promisedUtc, DateTime recordedUtc) =>
        Execute(insertPromiseChange, parcelId, promisedUtc, recordedUtc);

    /// <summary>Takes back a parcel inserted in this transaction (it has no events, numbers or rollups yet).</summary>
    public void Delete(long parcelId) => Execute(deleteParcel, parcelId);

    public void Save(ParcelState parcel) =>
        Execute(update, parcel.CarrierId, (int)parcel.Status, (int)parcel.SubStatus, parcel.LastEventUtc, parcel.LastHubId,
            parcel.PickedUpUtc, parcel.FirstAttemptUtc, parcel.DeliveredUtc, parcel.FirstExceptionUtc, parcel.AttemptCount,
            parcel.DeliveryHubId, (int)parcel.Lateness, parcel.OriginHubId, parcel.EstimatedUtc,
            (int?)parcel.LateParty, parcel.Id);

    /// <summary>Stores only the party (an upgrade's backfill: nothing else of the parcel changed).</summary>
    public void SaveLateParty(ParcelState parcel) => Execute(updateLateParty, (int?)parcel.LateParty, parcel.Id);
}

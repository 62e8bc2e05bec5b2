using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// Applies batches of validated events in one transaction on one connection: events (de-duplicated by
/// carrier and carrier event id), parcel state and KPI rollups together, so a committed batch is complete
/// and an uncommitted one leaves nothing. Raw prepared SQLite commands rather than EF change tracking:
/// this is the hot path. Not thread-safe: exactly one writer owns it.
/// </summary>
public sealed class IngestWriter : IDisposable
{
    private static readonly string[] HourlyColumns = Enum.GetNames<HourlyCounter>();
    private static readonly string[] DailyColumns = Enum.GetNames<DailyCounter>();
    private static readonly string[] FlowColumns = Enum.GetNames<FlowCounter>();

    /// <summary>
    /// How much earlier than the parcel's registration (the shipper's clock) a carrier's scan may be dated before
    /// it is refused: clocks differ by minutes, never by an hour.
    /// </summary>
    public static readonly TimeSpan RegistrationTolerance = TimeSpan.FromHours(1);

    private readonly SqliteConnection connection;
    private readonly SqliteCommand findParcel;
    private readonly SqliteCommand insertEvent;
    private readonly SqliteCommand updateParcel;
    private readonly SqliteCommand insertTrackingNumber;
    private readonly SqliteCommand insertParcel;
    private readonly SqliteCommand[] bumpHourly;
    private readonly SqliteCommand bumpTransit;
    private HashSet<long> touchedHours = [], touchedDays = [];
    private readonly SqliteCommand bumpStatus;
    private readonly SqliteCommand insertComplaint;
    private readonly SqliteCommand findComplaint;
    private readonly SqliteCommand findComplaintByKey;
    private readonly SqliteCommand updateComplaint;
    private readonly SqliteCommand insertComplaintChange;
    private readonly SqliteCommand findParcelId;
    private readonly SqliteCommand findHandover;
    private readonly SqliteCommand insertNote;
    private readonly SqliteCommand[] bumpDaily;
    private readonly SqliteCommand[] bumpFlow;
    private readonly SqliteCommand bumpFlowTransit;

    public IngestWriter(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        SqliteConnectionPragmas.Apply(connection);
        // Live traffic touches parcels and event ids all over their indexes (not in insertion order): with SQLite's
        // 2 MB default cache the writer re-reads index pages on every batch. 128 MB on this one long-lived
        // connection took first-start seeding of 14 days from 146 s to 99 s here.
        using (var cache = connection.CreateCommand())
        {
            cache.CommandText = "PRAGMA cache_size = -131072;";
            cache.ExecuteNonQuery();
        }

        findParcel = Prepare("""
            SELECT p.Id, t.CarrierId, p.CarrierId, p.LaneId, p.ServiceLevelId, p.CreatedUtc, p.PromisedUtc, p.Status, p.SubStatus,
                   p.LastEventUtc, p.LastHubId, p.PickedUpUtc, p.FirstAttemptUtc, p.DeliveredUtc, p.FirstExceptionUtc, p.AttemptCount,
                   p.DeliveryHubId, p.Lateness, p.BookedCarrierId, p.ChannelId, p.OriginHubId
            FROM ParcelTrackingNumbers t JOIN Parcels p ON p.Id = t.ParcelId
            WHERE t.TrackingNumber = $tn
            """, "$tn");
        insertEvent = Prepare("""
            INSERT INTO TrackingEvents (ParcelId, CarrierId, CarrierEventId, Status, SubStatus, RawCode, RawText, HubId, EventUtc, ReceivedUtc)
            VALUES ($parcel, $carrier, $eventId, $status, $sub, $code, $text, $hub, $at, $received)
            ON CONFLICT (CarrierId, CarrierEventId) DO NOTHING
            """, "$parcel", "$carrier", "$eventId", "$status", "$sub", "$code", "$text", "$hub", "$at", "$received");
        updateParcel = Prepare("""
            UPDATE Parcels SET CarrierId = $carrier, Status = $status, SubStatus = $sub, LastEventUtc = $last, LastHubId = $hub,
                PickedUpUtc = $picked, FirstAttemptUtc = $attempt, DeliveredUtc = $delivered, FirstExceptionUtc = $exception,
                AttemptCount = $attempts, DeliveryHubId = $deliveryHub, Lateness = $lateness, OriginHubId = $originHub
            WHERE Id = $id
            """, "$carrier", "$status", "$sub", "$last", "$hub", "$picked", "$attempt", "$delivered", "$exception", "$attempts",
            "$deliveryHub", "$lateness", "$originHub", "$id");
        insertTrackingNumber = Prepare("""
            INSERT INTO ParcelTrackingNumbers (TrackingNumber, ParcelId, CarrierId, Sequence)
            VALUES ($tn, $parcel, $carrier, (SELECT COUNT(*) FROM ParcelTrackingNumbers WHERE ParcelId = $parcel))
            ON CONFLICT (TrackingNumber) DO NOTHING
            """, "$tn", "$parcel", "$carrier");
        insertParcel = Prepare("""
            INSERT INTO Parcels (TrackingNumber, CarrierId, BookedCarrierId, LaneId, ServiceLevelId, ChannelId, CreatedUtc, PromisedUtc, AtRiskUtc,
                Status, SubStatus, Lateness, AttemptCount, RecipientName, RecipientPhone, RecipientAddress)
            VALUES ($tn, $carrier, $carrier, $lane, $service, $channel, $created, $promised, $atRisk, 0, 0, 0, 0, $name, $phone, $address)
            ON CONFLICT (TrackingNumber) DO NOTHING
            RETURNING Id
            """, "$tn", "$carrier", "$lane", "$service", "$channel", "$created", "$promised", "$atRisk", "$name", "$phone", "$address");
        bumpHourly = HourlyColumns.Select(column => Prepare($"""
            INSERT INTO HourlyRollups (BucketHour, CarrierId, LaneId, ServiceLevelId, HubId, {string.Join(", ", HourlyColumns)})
            VALUES ($bucket, $carrier, $lane, $service, $hub, {string.Join(", ", HourlyColumns.Select(c => c == column ? "$delta" : "0"))})
            ON CONFLICT (BucketHour, CarrierId, LaneId, ServiceLevelId, HubId) DO UPDATE SET {column} = {column} + $delta
            """, "$bucket", "$carrier", "$lane", "$service", "$hub", "$delta")).ToArray();
        bumpTransit = Prepare("""
            INSERT INTO TransitHistograms (BucketDay, CarrierId, LaneId, ServiceLevelId, TransitBucket, Parcels)
            VALUES ($bucket, $carrier, $lane, $service, $slot, $delta)
            ON CONFLICT (BucketDay, CarrierId, LaneId, ServiceLevelId, TransitBucket) DO UPDATE SET Parcels = Parcels + $delta
            """, "$bucket", "$carrier", "$lane", "$service", "$slot", "$delta");
        bumpStatus = Prepare("""
            INSERT INTO StatusCounts (CarrierId, LaneId, ServiceLevelId, HubId, Status, SubStatus, Parcels)
            VALUES ($carrier, $lane, $service, $hub, $slot, $bucket, $delta)
            ON CONFLICT (CarrierId, LaneId, ServiceLevelId, HubId, Status, SubStatus) DO UPDATE SET Parcels = Parcels + $delta
            """, "$carrier", "$lane", "$service", "$hub", "$slot", "$bucket", "$delta");
        bumpDaily = DailyColumns.Select(column => Prepare($"""
            INSERT INTO DailyVolumes (Day, CarrierId, ChannelId, ServiceLevelId, RegionId, {string.Join(", ", DailyColumns)})
            VALUES ($bucket, $carrier, $channel, $service, $lane, {string.Join(", ", DailyColumns.Select(c => c == column ? "$delta" : "0"))})
            ON CONFLICT (Day, CarrierId, ChannelId, ServiceLevelId, RegionId) DO UPDATE SET {column} = {column} + $delta
            """, "$bucket", "$carrier", "$channel", "$service", "$lane", "$delta")).ToArray();
        bumpFlow = FlowColumns.Select(column => Prepare($"""
            INSERT INTO DailyFlows (Day, LaneId, HubId, HandoverCarrierId, {string.Join(", ", FlowColumns)})
            VALUES ($bucket, $lane, $hub, $carrier, {string.Join(", ", FlowColumns.Select(c => c == column ? "$delta" : "0"))})
            ON CONFLICT (Day, LaneId, HubId, HandoverCarrierId) DO UPDATE SET {column} = {column} + $delta
            """, "$bucket", "$lane", "$hub", "$carrier", "$delta")).ToArray();
        bumpFlowTransit = Prepare("""
            INSERT INTO FlowTransitHistograms (Day, LaneId, HubId, HandoverCarrierId, TransitBucket, Parcels)
            VALUES ($bucket, $lane, $hub, $carrier, $slot, $delta)
            ON CONFLICT (Day, LaneId, HubId, HandoverCarrierId, TransitBucket) DO UPDATE SET Parcels = Parcels + $delta
            """, "$bucket", "$lane", "$hub", "$carrier", "$slot", "$delta");
        insertComplaint = Prepare("""
            INSERT INTO Complaints (ParcelId, CarrierId, LaneId, ServiceLevelId, HubId, Category, ContactChannel, Description,
                State, IsValid, OpenedUtc, UpdatedUtc, OpenedBy, UpdatedBy, IdempotencyKey)
            VALUES ($parcel, $carrier, $lane, $service, $hub, $category, $channel, $description, 0, 1, $opened, $opened, $by, $by, $key)
            """, "$parcel", "$carrier", "$lane", "$service", "$hub", "$category", "$channel", "$description", "$opened", "$by", "$key");
        findComplaintByKey = Prepare("""
            SELECT ParcelId, Category, ContactChannel, Description, OpenedBy FROM Complaints WHERE IdempotencyKey = $key
            """, "$key");
        findComplaint = Prepare("""
            SELECT c.ParcelId, c.CarrierId, c.LaneId, c.ServiceLevelId, c.HubId, c.State, c.IsValid, c.OpenedUtc, p.TrackingNumber
            FROM Complaints c JOIN Parcels p ON p.Id = c.ParcelId WHERE c.Id = $id
            """, "$id");
        updateComplaint = Prepare("""
            UPDATE Complaints SET State = $state, IsValid = $valid, UpdatedUtc = $at, UpdatedBy = $by, ResolvedUtc = $resolved WHERE Id = $id
            """, "$state", "$valid", "$at", "$by", "$resolved", "$id");
        insertComplaintChange = Prepare("""
            INSERT INTO ComplaintChanges (ComplaintId, ChangedUtc, ChangedBy, FromState, ToState, FromValid, ToValid)
            VALUES ($id, $at, $by, $fromState, $toState, $fromValid, $toValid)
            """, "$id", "$at", "$by", "$fromState", "$toState", "$fromValid", "$toValid");
        findParcelId = Prepare("SELECT ParcelId FROM ParcelTrackingNumbers WHERE TrackingNumber = $tn", "$tn");
        // A parcel's numbers after its first come from hand-overs.
        findHandover = Prepare("""
            SELECT CarrierId, TrackingNumber FROM ParcelTrackingNumbers WHERE ParcelId = $parcel AND Sequence > 0 ORDER BY Sequence LIMIT 1
            """, "$parcel");
        insertNote = Prepare("""
            INSERT INTO ParcelNotes (ParcelId, Text, CreatedUtc, CreatedBy) VALUES ($parcel, $text, $at, $by)
            """, "$parcel", "$text", "$at", "$by");
    }

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
        touchedHours = [];
        touchedDays = [];
        using var transaction = connection.BeginTransaction();
        foreach (var command in AllCommands()) command.Transaction = transaction;
        var touched = new HashSet<long>();
        var registered = RegisterInTransaction(batch.Parcels);
        var outcomes = ApplyInTransaction(batch.Events, receivedUtc);
        var complaints = FileInTransaction(batch.Complaints, touched);
        var updates = UpdateComplaintsInTransaction(batch.ComplaintUpdates, touched);
        var notes = AddNotesInTransaction(batch.Notes, touched);
        transaction.Commit();
        return new IngestBatchResult(registered, outcomes, complaints)
        {
            ComplaintUpdates = updates,
            Notes = notes,
            SupportParcelIds = [.. touched],
            Touched = new TouchedRollups(touchedHours, touchedDays),
        };
    }

    private ComplaintUpdateOutcome[] UpdateComplaintsInTransaction(IReadOnlyList<ComplaintUpdate> updates, HashSet<long> touched)
    {
        var outcomes = new ComplaintUpdateOutcome[updates.Count];
        for (var i = 0; i < updates.Count; i++)
        {
            var update = updates[i];
            findComplaint.Parameters["$id"].Value = update.ComplaintId;
            long parcelId;
            int carrierId, laneId, serviceLevelId, hubId;
            ComplaintState state;
            bool valid;
            DateTime openedUtc;
            string trackingNumber;
            using (var reader = findComplaint.ExecuteReader())
            {
                if (!reader.Read())
                {
                    outcomes[i] = ComplaintUpdateOutcome.UnknownComplaint;
                    continue;
                }

                parcelId = reader.GetInt64(0);
                carrierId = reader.GetInt32(1);
                laneId = reader.GetInt32(2);
                serviceLevelId = reader.GetInt32(3);
                hubId = reader.GetInt32(4);
                state = (ComplaintState)reader.GetInt32(5);
                valid = reader.GetBoolean(6);
                openedUtc = Utc(reader, 7)!.Value;
                trackingNumber = reader.GetString(8);
            }

            if (state == update.State && valid == update.IsValid)
            {
                outcomes[i] = ComplaintUpdateOutcome.Unchanged;
                continue;
            }

            var p = updateComplaint.Parameters;
            p["$id"].Value = update.ComplaintId;
            p["$state"].Value = (int)update.State;
            p["$valid"].Value = update.IsValid;
            p["$at"].Value = update.ChangedUtc;
            p["$by"].Value = update.ChangedBy;
            p["$resolved"].Value = update.State.IsOpen() ? DBNull.Value : update.ChangedUtc;
            updateComplaint.ExecuteNonQuery();

            var c = insertComplaintChange.Parameters;
            c["$id"].Value = update.ComplaintId;
            c["$at"].Value = update.ChangedUtc;
            c["$by"].Value = update.ChangedBy;
            c["$fromState"].Value = (int)state;
            c["$toState"].Value = (int)update.State;
            c["$fromValid"].Value = valid;
            c["$toValid"].Value = update.IsValid;
            insertComplaintChange.ExecuteNonQuery();

            // The complaints counter counts valid complaints in the hour they were opened.
            if (valid != update.IsValid)
            {
                Bump(RollupDelta.ComplaintCell(openedUtc, carrierId, laneId, serviceLevelId, hubId), update.IsValid ? 1 : -1);
                if (Load(trackingNumber, out _) is { } parcel)
                {
                    Bump(RollupDelta.Daily(parcel, DailyCounter.Complaints, openedUtc), update.IsValid ? 1 : -1);
                }
            }

            touched.Add(parcelId);
            outcomes[i] = ComplaintUpdateOutcome.Changed;
        }

        return outcomes;
    }

    private ComplaintOutcome[] AddNotesInTransaction(IReadOnlyList<ParcelNoteFiling> notes, HashSet<long> touched)
    {
        var outcomes = new ComplaintOutcome[notes.Count];
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            findParcelId.Parameters["$tn"].Value = note.TrackingNumber;
            if (findParcelId.ExecuteScalar() is not long parcelId)
            {
                outcomes[i] = ComplaintOutcome.UnknownParcel;
                continue;
            }

            var p = insertNote.Parameters;
            p["$parcel"].Value = parcelId;
            p["$text"].Value = note.Text;
            p["$at"].Value = note.CreatedUtc;
            p["$by"].Value = note.CreatedBy;
            insertNote.ExecuteNonQuery();
            touched.Add(parcelId);
            outcomes[i] = ComplaintOutcome.Filed;
        }

        return outcomes;
    }

    private ComplaintOutcome[] FileInTransaction(IReadOnlyList<ComplaintFiling> complaints, HashSet<long> touched)
    {
        var outcomes = new ComplaintOutcome[complaints.Count];
        for (var i = 0; i < complaints.Count; i++)
        {
            var complaint = complaints[i];
            if (Load(complaint.TrackingNumber, out _) is not { } parcel)
            {
                outcomes[i] = ComplaintOutcome.UnknownParcel;
                continue;
            }

            if (complaint.IdempotencyKey is not null && CompareWithStored(complaint, parcel.Id) is { } repeat)
            {
                outcomes[i] = repeat;
                continue;
            }

            var hubId = parcel.ComplaintHubId;
            var p = insertComplaint.Parameters;
            p["$parcel"].Value = parcel.Id;
            p["$carrier"].Value = parcel.CarrierId;
            p["$lane"].Value = parcel.LaneId;
            p["$service"].Value = parcel.ServiceLevelId;
            p["$hub"].Value = hubId;
            p["$category"].Value = (int)complaint.Category;
            p["$channel"].Value = (int)complaint.ContactChannel;
            p["$description"].Value = complaint.Description;
            p["$opened"].Value = complaint.OpenedUtc;
            p["$by"].Value = complaint.FiledBy;
            p["$key"].Value = (object?)complaint.IdempotencyKey ?? DBNull.Value;
            insertComplaint.ExecuteNonQuery();
            Bump(RollupDelta.Complaint(parcel, complaint.OpenedUtc, hubId), 1);
            Bump(RollupDelta.Daily(parcel, DailyCounter.Complaints, complaint.OpenedUtc), 1);
            touched.Add(parcel.Id);
            outcomes[i] = ComplaintOutcome.Filed;
        }

        return outcomes;
    }

    /// <summary>
    /// Null when no complaint holds the filing's key. A stored one with the same content makes the filing a
    /// duplicate (its time is not compared: a retry is sent later); different content makes it a conflict.
    /// </summary>
    private ComplaintOutcome? CompareWithStored(ComplaintFiling complaint, long parcelId)
    {
        findComplaintByKey.Parameters["$key"].Value = complaint.IdempotencyKey;
        using var reader = findComplaintByKey.ExecuteReader();
        if (!reader.Read()) return null;
        var same = reader.GetInt64(0) == parcelId
            && (ComplaintCategory)reader.GetInt32(1) == complaint.Category
            && (ContactChannel)reader.GetInt32(2) == complaint.ContactChannel
            && reader.GetString(3) == complaint.Description
            && reader.GetString(4) == complaint.FiledBy;
        return same ? ComplaintOutcome.Duplicate : ComplaintOutcome.Conflict;
    }

    private int RegisterInTransaction(IReadOnlyList<ParcelRegistration> parcels)
    {
        var deltas = new Dictionary<RollupDelta, long>();
        var added = 0;

        foreach (var parcel in parcels)
        {
            var p = insertParcel.Parameters;
            p["$tn"].Value = parcel.TrackingNumber;
            p["$carrier"].Value = parcel.CarrierId;
            p["$lane"].Value = parcel.LaneId;
            p["$service"].Value = parcel.ServiceLevelId;
            p["$channel"].Value = parcel.ChannelId;
            p["$created"].Value = parcel.CreatedUtc;
            p["$promised"].Value = parcel.PromisedUtc;
            p["$atRisk"].Value = LatenessRules.AtRiskFrom(parcel.CreatedUtc, parcel.PromisedUtc);
            p["$name"].Value = parcel.RecipientName;
            p["$phone"].Value = parcel.RecipientPhone;
            p["$address"].Value = parcel.RecipientAddress;
            if (insertParcel.ExecuteScalar() is not long id)
            {
                continue;
            }

            AddTrackingNumber(new Handover(parcel.CarrierId, parcel.TrackingNumber), id);
            var state = new ParcelState
            {
                Id = id, CarrierId = parcel.CarrierId, LaneId = parcel.LaneId, ServiceLevelId = parcel.ServiceLevelId,
                CreatedUtc = parcel.CreatedUtc, PromisedUtc = parcel.PromisedUtc,
                BookedCarrierId = parcel.CarrierId, ChannelId = parcel.ChannelId,
            };
            foreach (var delta in state.Contributions()) Add(deltas, delta, +1);
            added++;
        }

        foreach (var (cell, amount) in deltas) Bump(cell, amount);
        return added;
    }

    private EventOutcome[] ApplyInTransaction(IReadOnlyList<CarrierEvent> events, DateTime receivedUtc)
    {
        var outcomes = new EventOutcome[events.Count];
        var byTrackingNumber = new Dictionary<string, ParcelState?>(StringComparer.Ordinal);
        var trackingCarrier = new Dictionary<string, int>(StringComparer.Ordinal);
        var original = new Dictionary<long, ParcelState>();
        var current = new Dictionary<long, ParcelState>();
        var deltas = new Dictionary<RollupDelta, long>();

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!byTrackingNumber.TryGetValue(e.TrackingNumber, out var found))
            {
                found = Load(e.TrackingNumber, out var carrierOfNumber);
                byTrackingNumber[e.TrackingNumber] = found;
                trackingCarrier[e.TrackingNumber] = carrierOfNumber;
            }

            if (found is null)
            {
                outcomes[i] = EventOutcome.UnknownParcel;
                continue;
            }

            if (trackingCarrier[e.TrackingNumber] != e.CarrierId)
            {
                outcomes[i] = EventOutcome.OtherCarriersParcel;
                continue;
            }

            var parcel = current.GetValueOrDefault(found.Id, found);
            if (e.EventUtc < parcel.CreatedUtc - RegistrationTolerance)
            {
                outcomes[i] = EventOutcome.BeforeRegistration;
                continue;
            }

            if (e.Handover is { } offered && CheckHandover(parcel, e.CarrierId, offered) is { } refused)
            {
                outcomes[i] = refused;
                continue;
            }

            original.TryAdd(parcel.Id, parcel);

            if (!InsertEvent(parcel.Id, e, receivedUtc))
            {
                outcomes[i] = EventOutcome.Duplicate;
                continue;
            }

            Add(deltas, RollupDelta.EventAt(e.CarrierId, parcel, e.EventUtc, e.HubId), 1);
            if (e.SubStatus == ParcelSubStatus.DepartedHub && e.HubId is { } departedFrom)
            {
                Add(deltas, RollupDelta.HubDeparture(e.CarrierId, parcel, e.EventUtc, departedFrom), 1);
            }

            current[parcel.Id] = ParcelTransitions.Apply(parcel, e);

            if (e.Handover is { } handover)
            {
                AddTrackingNumber(handover, parcel.Id);
                byTrackingNumber.Remove(handover.TrackingNumber);
            }

            outcomes[i] = EventOutcome.Accepted;
        }

        foreach (var (id, after) in current)
        {
            var before = original[id];
            foreach (var delta in before.Contributions()) Add(deltas, delta, -1);
            foreach (var delta in after.Contributions()) Add(deltas, delta, +1);
            Save(after);
        }

        foreach (var (cell, amount) in deltas)
        {
            if (amount != 0) Bump(cell, amount);
        }

        return outcomes;
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

        findHandover.Parameters["$parcel"].Value = parcel.Id;
        using (var reader = findHandover.ExecuteReader())
        {
            if (reader.Read())
            {
                var same = reader.GetInt32(0) == handover.CarrierId && reader.GetString(1) == handover.TrackingNumber;
                return same ? null : EventOutcome.HandoverConflict;
            }
        }

        // Not handed over yet, so any holder of the number is another parcel, or this parcel under its own carrier.
        findParcelId.Parameters["$tn"].Value = handover.TrackingNumber;
        return findParcelId.ExecuteScalar() is null ? null : EventOutcome.HandoverNumberTaken;
    }

    private ParcelState? Load(string trackingNumber, out int carrierOfNumber)
    {
        findParcel.Parameters["$tn"].Value = trackingNumber;
        using var reader = findParcel.ExecuteReader();
        if (!reader.Read())
        {
            carrierOfNumber = 0;
            return null;
        }

        carrierOfNumber = reader.GetInt32(1);
        return new ParcelState
        {
            Id = reader.GetInt64(0),
            CarrierId = reader.GetInt32(2),
            LaneId = reader.GetInt32(3),
            ServiceLevelId = reader.GetInt32(4),
            CreatedUtc = Utc(reader, 5)!.Value,
            PromisedUtc = Utc(reader, 6)!.Value,
            Status = (ParcelStatus)reader.GetInt32(7),
            SubStatus = (ParcelSubStatus)reader.GetInt32(8),
            LastEventUtc = Utc(reader, 9),
            LastHubId = reader.IsDBNull(10) ? null : reader.GetInt32(10),
            PickedUpUtc = Utc(reader, 11),
            FirstAttemptUtc = Utc(reader, 12),
            DeliveredUtc = Utc(reader, 13),
            FirstExceptionUtc = Utc(reader, 14),
            AttemptCount = reader.GetInt32(15),
            DeliveryHubId = reader.IsDBNull(16) ? null : reader.GetInt32(16),
            Lateness = (Lateness)reader.GetInt32(17),
            BookedCarrierId = reader.GetInt32(18),
            ChannelId = reader.GetInt32(19),
            OriginHubId = reader.IsDBNull(20) ? null : reader.GetInt32(20),
        };
    }

    private bool InsertEvent(long parcelId, CarrierEvent e, DateTime receivedUtc)
    {
        var p = insertEvent.Parameters;
        p["$parcel"].Value = parcelId;
        p["$carrier"].Value = e.CarrierId;
        p["$eventId"].Value = e.CarrierEventId;
        p["$status"].Value = (int)e.Status;
        p["$sub"].Value = (int)e.SubStatus;
        p["$code"].Value = e.RawCode;
        p["$text"].Value = e.RawText;
        p["$hub"].Value = (object?)e.HubId ?? DBNull.Value;
        p["$at"].Value = e.EventUtc;
        p["$received"].Value = receivedUtc;
        return insertEvent.ExecuteNonQuery() == 1;
    }

    private void AddTrackingNumber(Handover handover, long parcelId)
    {
        var p = insertTrackingNumber.Parameters;
        p["$tn"].Value = handover.TrackingNumber;
        p["$parcel"].Value = parcelId;
        p["$carrier"].Value = handover.CarrierId;
        insertTrackingNumber.ExecuteNonQuery();
    }

    private void Save(ParcelState parcel)
    {
        var p = updateParcel.Parameters;
        p["$id"].Value = parcel.Id;
        p["$carrier"].Value = parcel.CarrierId;
        p["$status"].Value = (int)parcel.Status;
        p["$sub"].Value = (int)parcel.SubStatus;
        p["$last"].Value = Nullable(parcel.LastEventUtc);
        p["$hub"].Value = (object?)parcel.LastHubId ?? DBNull.Value;
        p["$picked"].Value = Nullable(parcel.PickedUpUtc);
        p["$attempt"].Value = Nullable(parcel.FirstAttemptUtc);
        p["$delivered"].Value = Nullable(parcel.DeliveredUtc);
        p["$exception"].Value = Nullable(parcel.FirstExceptionUtc);
        p["$attempts"].Value = parcel.AttemptCount;
        p["$deliveryHub"].Value = (object?)parcel.DeliveryHubId ?? DBNull.Value;
        p["$lateness"].Value = (int)parcel.Lateness;
        p["$originHub"].Value = (object?)parcel.OriginHubId ?? DBNull.Value;
        updateParcel.ExecuteNonQuery();
    }

    private void Bump(RollupDelta cell, long amount)
    {
        if (cell.Table == RollupTable.Hourly) touchedHours.Add(cell.Bucket);
        else if (cell.Table == RollupTable.Transit) touchedDays.Add(cell.Bucket);

        var command = cell.Table switch
        {
            RollupTable.Hourly => bumpHourly[cell.Slot],
            RollupTable.Transit => bumpTransit,
            RollupTable.Daily => bumpDaily[cell.Slot],
            RollupTable.Flow => bumpFlow[cell.Slot],
            RollupTable.FlowTransit => bumpFlowTransit,
            _ => bumpStatus,
        };
        var p = command.Parameters;
        if (cell.Table is RollupTable.Daily or RollupTable.Flow or RollupTable.FlowTransit)
        {
            p["$bucket"].Value = cell.Bucket;
            p["$carrier"].Value = cell.CarrierId;
            p["$lane"].Value = cell.LaneId;
            p["$delta"].Value = amount;
            if (cell.Table == RollupTable.Daily)
            {
                p["$channel"].Value = cell.ChannelId;
                p["$service"].Value = cell.ServiceLevelId;
            }
            else
            {
                p["$hub"].Value = cell.HubId;
            }

            if (cell.Table == RollupTable.FlowTransit) p["$slot"].Value = cell.Slot;
            command.ExecuteNonQuery();
            return;
        }

        p["$carrier"].Value = cell.CarrierId;
        p["$lane"].Value = cell.LaneId;
        p["$service"].Value = cell.ServiceLevelId;
        p["$delta"].Value = amount;
        p["$bucket"].Value = cell.Bucket;
        if (cell.Table != RollupTable.Transit) p["$hub"].Value = cell.HubId;
        if (cell.Table != RollupTable.Hourly) p["$slot"].Value = cell.Slot;

        command.ExecuteNonQuery();
    }

    private static void Add(Dictionary<RollupDelta, long> deltas, RollupDelta cell, long amount) =>
        deltas[cell] = deltas.GetValueOrDefault(cell) + amount;

    private static object Nullable(DateTime? value) => value is { } v ? v : DBNull.Value;

    private static DateTime? Utc(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : StoredTime.Parse(reader.GetString(ordinal));

    private SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    private IEnumerable<SqliteCommand> AllCommands() =>
        [findParcel, insertParcel, insertEvent, updateParcel, insertTrackingNumber, bumpTransit, bumpStatus, insertComplaint,
            findComplaint, findComplaintByKey, updateComplaint, insertComplaintChange, findParcelId, findHandover, insertNote, bumpFlowTransit,
            .. bumpHourly, .. bumpDaily, .. bumpFlow];

    public void Dispose()
    {
        foreach (var command in AllCommands()) command.Dispose();
        connection.Dispose();
    }
}

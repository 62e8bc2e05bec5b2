using CainiaoDashboard.Data;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// Recomputes rollups from what a database stores: its parcels and events are replayed through a fresh
/// writer into an empty database, and the two sets of rollups and parcel states are compared as text.
/// </summary>
public static class RollupAudit
{
    /// <summary>Rollups, non-zero cells only, and every parcel's state, in a stable order.</summary>
    public static Task<string> FingerprintAsync(string sqliteConnectionString, CancellationToken ct) =>
        FingerprintAsync(new StoreConnection(DatabaseProvider.Sqlite, sqliteConnectionString), ct);

    public static async Task<string> FingerprintAsync(StoreConnection store, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var hourly = await db.HourlyRollups.AsNoTracking()
            .OrderBy(r => r.BucketHour).ThenBy(r => r.CarrierId).ThenBy(r => r.LaneId).ThenBy(r => r.ServiceLevelId).ThenBy(r => r.HubId).ThenBy(r => r.Simulated)
            .Select(r => $"{r.BucketHour}/{r.CarrierId}/{r.LaneId}/{r.ServiceLevelId}/{r.HubId}/{r.Simulated}:{r.Events},{r.HubDepartures},{r.Created},{r.PickedUp},{r.FirstAttempts},{r.OnTimeFirstAttempts},{r.FirstAttemptDelivered},{r.Delivered},{r.ExceptionParcels},{r.Complaints},{r.LateDeliveredShipper},{r.LateDeliveredCourier},{r.LateDeliveredPartner},{r.LateDeliveredCustoms},{r.LateDeliveredRecipient},{r.LateDeliveredWeather},{r.OwnFaultLateFirstAttempts}")
            .ToListAsync(ct);
        var transit = await db.TransitHistograms.AsNoTracking().Where(r => r.Parcels != 0)
            .OrderBy(r => r.BucketDay).ThenBy(r => r.CarrierId).ThenBy(r => r.LaneId).ThenBy(r => r.ServiceLevelId).ThenBy(r => r.TransitBucket).ThenBy(r => r.Simulated)
            .Select(r => $"{r.BucketDay}/{r.CarrierId}/{r.LaneId}/{r.ServiceLevelId}/{r.TransitBucket}/{r.Simulated}:{r.Parcels}")
            .ToListAsync(ct);
        var status = await db.StatusCounts.AsNoTracking().Where(r => r.Parcels != 0)
            .OrderBy(r => r.Status).ThenBy(r => r.SubStatus).ThenBy(r => r.HubId).ThenBy(r => r.CarrierId).ThenBy(r => r.LaneId).ThenBy(r => r.ServiceLevelId).ThenBy(r => r.Simulated)
            .Select(r => $"{r.Status}/{r.SubStatus}/{r.HubId}/{r.CarrierId}/{r.LaneId}/{r.ServiceLevelId}/{r.Simulated}:{r.Parcels}")
            .ToListAsync(ct);
        var lastScans = await db.LastScanCounts.AsNoTracking().Where(r => r.Parcels != 0)
            .OrderBy(r => r.ServiceLevelId).ThenBy(r => r.BucketHour).ThenBy(r => r.CarrierId).ThenBy(r => r.LaneId).ThenBy(r => r.Simulated)
            .Select(r => $"ls{r.ServiceLevelId}/{r.BucketHour}/{r.CarrierId}/{r.LaneId}/{r.Simulated}:{r.Parcels}")
            .ToListAsync(ct);
        var daily = await db.DailyVolumes.AsNoTracking()
            .OrderBy(r => r.Day).ThenBy(r => r.CarrierId).ThenBy(r => r.ChannelId).ThenBy(r => r.ServiceLevelId).ThenBy(r => r.RegionId).ThenBy(r => r.Simulated)
            .Select(r => $"d{r.Day}/{r.CarrierId}/{r.ChannelId}/{r.ServiceLevelId}/{r.RegionId}/{r.Simulated}:{r.Created},{r.FirstAttempts},{r.OnTimeFirstAttempts},{r.Complaints},{r.LateFirstAttemptsShipper},{r.LateFirstAttemptsCourier},{r.LateFirstAttemptsPartner},{r.LateFirstAttemptsCustoms},{r.LateFirstAttemptsRecipient},{r.LateFirstAttemptsWeather}")
            .ToListAsync(ct);
        var flows = await db.DailyFlows.AsNoTracking()
            .OrderBy(r => r.Day).ThenBy(r => r.LaneId).ThenBy(r => r.HubId).ThenBy(r => r.HandoverCarrierId).ThenBy(r => r.Simulated)
            .Select(r => $"f{r.Day}/{r.LaneId}/{r.HubId}/{r.HandoverCarrierId}/{r.Simulated}:{r.Parcels},{r.FirstAttempts},{r.OnTimeFirstAttempts},{r.Delivered}")
            .ToListAsync(ct);
        var flowTransit = await db.FlowTransitHistograms.AsNoTracking().Where(r => r.Parcels != 0)
            .OrderBy(r => r.Day).ThenBy(r => r.LaneId).ThenBy(r => r.HubId).ThenBy(r => r.HandoverCarrierId).ThenBy(r => r.TransitBucket).ThenBy(r => r.Simulated)
            .Select(r => $"ft{r.Day}/{r.LaneId}/{r.HubId}/{r.HandoverCarrierId}/{r.TransitBucket}/{r.Simulated}:{r.Parcels}")
            .ToListAsync(ct);
        var states = await db.Parcels.AsNoTracking().OrderBy(p => p.TrackingNumber)
            .Select(p => $"{p.TrackingNumber}:{p.Status}:{p.SubStatus}:{p.LastHubId}:{p.AttemptCount}:{p.PickedUpUtc}:{p.FirstAttemptUtc}:{p.DeliveredUtc}:{p.DeliveryHubId}:{p.Lateness}:{p.OriginHubId}:{p.LateParty}")
            .ToListAsync(ct);
        return string.Join("\n", hourly.Where(h => !h.EndsWith(":0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0")).Concat(transit).Concat(status).Concat(lastScans)
            .Concat(daily.Where(d => !d.EndsWith(":0,0,0,0,0,0,0,0,0,0"))).Concat(flows.Where(f => !f.EndsWith(":0,0,0,0"))).Concat(flowTransit).Concat(states));
    }

    /// <summary>
    /// Replays the stored parcels and events (single-carrier parcels: no hand-overs) into a new database in
    /// <paramref name="scratchDirectory"/> and returns its fingerprint.
    /// </summary>
    public static Task<string> RecomputedFingerprintAsync(string sqliteConnectionString, string scratchDirectory, CancellationToken ct) =>
        RecomputedFingerprintAsync(new StoreConnection(DatabaseProvider.Sqlite, sqliteConnectionString), scratchDirectory, ct);

    /// <summary>As above, replayed into a new database on the same engine (on PostgreSQL, dropped afterwards).</summary>
    public static async Task<string> RecomputedFingerprintAsync(StoreConnection store, string scratchDirectory, CancellationToken ct)
    {
        List<ParcelRegistration> parcels;
        List<CarrierEvent> events;
        await using (var db = store.CreateContext())
        {
            parcels = (await db.Parcels.AsNoTracking().ToListAsync(ct))
                .Select(p => new ParcelRegistration(p.TrackingNumber, p.CarrierId, p.LaneId, p.ServiceLevelId, p.ChannelId,
                    p.CreatedUtc, p.PromisedUtc, p.RecipientName, p.RecipientPhone, p.RecipientAddress))
                .ToList();
            var numbers = await db.Parcels.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.TrackingNumber, ct);
            events = (await db.TrackingEvents.AsNoTracking().ToListAsync(ct))
                .Select(e => new CarrierEvent(e.CarrierId, e.CarrierEventId, numbers[e.ParcelId], e.Status, e.SubStatus, e.RawCode,
                    e.RawText, e.HubId, DateTime.SpecifyKind(e.EventUtc, DateTimeKind.Utc)))
                .ToList();
        }

        var replay = store.IsPostgres
            ? new StoreConnection(DatabaseProvider.Postgres, await PostgresCluster.Shared.CreateDatabaseAsync("recomputed", ct))
            : new StoreConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(scratchDirectory, "recomputed.db")}");
        await using (var db = replay.CreateContext()) await db.Database.MigrateAsync(ct);
        using (var writer = new IngestWriter(replay))
        {
            writer.Register(parcels.Select(p => p with
            {
                CreatedUtc = DateTime.SpecifyKind(p.CreatedUtc, DateTimeKind.Utc),
                PromisedUtc = DateTime.SpecifyKind(p.PromisedUtc, DateTimeKind.Utc),
            }).ToList());
            foreach (var chunk in events.Chunk(5000)) writer.Apply(chunk, DateTime.UtcNow);
        }

        try
        {
            return await FingerprintAsync(replay, ct);
        }
        finally
        {
            if (replay.IsPostgres) await PostgresCluster.Shared.DropDatabaseAsync(replay.ConnectionString, ct);
        }
    }
}

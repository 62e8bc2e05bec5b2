using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// The parcel list's filters evaluated the slow, obvious way: every parcel loaded into memory and checked with
/// the domain rules. Tests compare what the SQL query (and the CSV export) returns with this.
/// </summary>
public static class ParcelFilterOracle
{
    public static Task<List<Parcel>> MatchingAsync(string sqliteConnectionString, ParcelListFilter filter, DateTime nowUtc, CancellationToken ct) =>
        MatchingAsync(new StoreConnection(DatabaseProvider.Sqlite, sqliteConnectionString), filter, nowUtc, ct);

    public static async Task<List<Parcel>> MatchingAsync(StoreConnection store, ParcelListFilter filter, DateTime nowUtc, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var parcels = await db.Parcels.AsNoTracking().ToListAsync(ct);
        var openComplaints = (await db.Complaints.AsNoTracking().Where(c => c.State == ComplaintState.Open || c.State == ComplaintState.InProgress)
            .Select(c => c.ParcelId).ToListAsync(ct)).ToHashSet();
        return parcels.Where(p => Matches(p, filter, nowUtc, openComplaints)).ToList();
    }

    public static bool Matches(Parcel p, ParcelListFilter f, DateTime now, HashSet<long> withOpenComplaint)
    {
        var kpi = new KpiOptions();
        var todayStart = TimeZoneInfo.ConvertTimeToUtc(TimeZoneInfo.ConvertTimeFromUtc(now, OperationsCalendar.ChinaStandardTime).Date, OperationsCalendar.ChinaStandardTime);
        var lateness = p.Status.IsFinal() ? p.Lateness : LatenessRules.OfOpen(now, p.CreatedUtc, p.PromisedUtc);
        var service = ReferenceData.ServiceLevels.Single(s => s.Id == p.ServiceLevelId).Code;
        // Stalled from the first whole hour after the service's threshold (the stalled counts are kept per hour of last scan).
        var threshold = now - kpi.StalledAfter(service);
        var stalledBefore = new DateTime(threshold.Year, threshold.Month, threshold.Day, threshold.Hour, 0, 0, DateTimeKind.Utc);
        var stalled = p.Status.IsInFlight() && p.LastEventUtc is { } last && last < stalledBefore;
        var lane = ReferenceData.Lanes.Single(l => l.Id == p.LaneId);

        var inView = f.View switch
        {
            ParcelView.InFlight => p.Status.IsInFlight(),
            ParcelView.DeliveredToday => p.DeliveredUtc >= todayStart,
            ParcelView.AttemptedToday => p.FirstAttemptUtc >= todayStart,
            ParcelView.Late => !p.Status.IsFinal() && now > p.PromisedUtc,
            ParcelView.AtRisk => !p.Status.IsFinal() && lateness == Lateness.AtRisk,
            ParcelView.Stalled => stalled,
            ParcelView.Exceptions => p.Status == ParcelStatus.Exception,
            ParcelView.Complaints => withOpenComplaint.Contains(p.Id),
            _ => true,
        };

        return inView
            && (f.Status is null || p.Status == f.Status)
            && (f.Lateness is null || lateness == f.Lateness)
            && (f.LateParty is null || (lateness == Lateness.Late && p.LateParty == f.LateParty))
            && (f.Stalled is null || stalled == f.Stalled)
            && (f.CarrierId is null || p.CarrierId == f.CarrierId)
            && (f.ServiceLevelId is null || p.ServiceLevelId == f.ServiceLevelId)
            && (f.ChannelId is null || p.ChannelId == f.ChannelId)
            && (f.LaneId is null || p.LaneId == f.LaneId)
            && (f.HubId is null || p.LastHubId == f.HubId)
            && (f.RegionId is null || lane.OriginRegionId == f.RegionId || lane.DestinationRegionId == f.RegionId)
            && (f.CreatedFrom is null || f.Zone.ToLocal(p.CreatedUtc).Date >= f.CreatedFrom.Value.ToDateTime(TimeOnly.MinValue))
            && (f.CreatedTo is null || f.Zone.ToLocal(p.CreatedUtc).Date <= f.CreatedTo.Value.ToDateTime(TimeOnly.MinValue))
            && (f.PromisedFrom is null || f.Zone.ToLocal(p.PromisedUtc).Date >= f.PromisedFrom.Value.ToDateTime(TimeOnly.MinValue))
            && (f.PromisedTo is null || f.Zone.ToLocal(p.PromisedUtc).Date <= f.PromisedTo.Value.ToDateTime(TimeOnly.MinValue));
    }
}

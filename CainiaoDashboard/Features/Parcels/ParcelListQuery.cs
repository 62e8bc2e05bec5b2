using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Shared;
using CainiaoDashboard.Simulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>Sortable columns of the parcel list; anything else sorts by the view's default.</summary>
public enum ParcelSort
{
    Default,
    TrackingNumber,
    Created,
    Promised,
    LastEvent,
    Status,
}

/// <summary>One row of the parcel list and of its CSV export.</summary>
public sealed record ParcelRow(
    long Id,
    string TrackingNumber,
    string CarrierCode,
    string ServiceCode,
    string ChannelCode,
    string OriginCode,
    string DestinationCode,
    ParcelStatus Status,
    ParcelSubStatus SubStatus,
    Lateness Lateness,
    bool IsStalled,
    DateTime CreatedUtc,
    DateTime PromisedUtc,
    DateTime? LastEventUtc,
    string? LastHubCode,
    DateTime? DeliveredUtc,
    string RecipientName,
    LateParty? LateParty = null)
{
    public string StatusLabel => StatusLabels.Of(Status, SubStatus);
}

public sealed record ParcelPage(IReadOnlyList<ParcelRow> Rows, int Count);

/// <summary>
/// The parcel list: filters, sorting and paging translated to SQL over <see cref="CainiaoDbContext.Parcels"/>,
/// never loading the table. Open-parcel views use the partial indexes over open parcels (status below
/// Delivered); lateness of open parcels follows the clock (<see cref="LatenessRules"/>) through the stored
/// at-risk time, delivered parcels carry their settled lateness.
/// </summary>
public sealed class ParcelListQuery(
    IDbContextFactory<CainiaoDbContext> contexts, IOptions<KpiOptions> options, IOptions<SimulatorOptions>? simulator = null)
{
    public const int MaxPageSize = 200;

    public async Task<ParcelPage> PageAsync(
        ParcelListFilter filter, ParcelSort sort, bool descending, int skip, int take, DateTime nowUtc, bool includePersonalData,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parcels = Filtered(db, filter, nowUtc);
        var count = await parcels.CountAsync(cancellationToken);
        var rows = await Project(Sorted(parcels, filter.View, sort, descending).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxPageSize)),
                includePersonalData)
            .ToListAsync(cancellationToken);
        return new ParcelPage(rows.Select(r => ToRow(r, nowUtc)).ToList(), count);
    }

    public async Task<int> CountAsync(ParcelListFilter filter, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filtered(db, filter, nowUtc).CountAsync(cancellationToken);
    }

    /// <summary>Every row the filter matches, streamed in the list's order (for the CSV export).</summary>
    public async IAsyncEnumerable<ParcelRow> StreamAsync(
        ParcelListFilter filter, ParcelSort sort, bool descending, DateTime nowUtc, bool includePersonalData,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Project(Sorted(Filtered(db, filter, nowUtc), filter.View, sort, descending), includePersonalData).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return ToRow(row, nowUtc);
        }
    }

    /// <summary>Whether the simulator's parcels are left out (<see cref="SimulatorOptions.HideParcels"/>).</summary>
    public bool HidesSimulated => simulator?.Value.HideParcels == true;

    /// <summary>The filter as a query; public so tests and the benchmark read exactly what the page reads.</summary>
    public IQueryable<Parcel> Filtered(CainiaoDbContext db, ParcelListFilter filter, DateTime nowUtc)
    {
        var q = db.Parcels.AsNoTracking();
        if (HidesSimulated) q = q.Where(p => !p.TrackingNumber.StartsWith(SimulatedParcels.Prefix));
        var todayStart = OperationsCalendar.StartOfHour(OperationsCalendar.StartOfDayHour(nowUtc));

        // Status < Delivered (90) as a literal keeps the open-parcel partial indexes usable.
        q = filter.View switch
        {
            ParcelView.InFlight => q.Where(p => p.Status > ParcelStatus.Pending && p.Status < ParcelStatus.Delivered),
            ParcelView.DeliveredToday => q.Where(p => p.DeliveredUtc >= todayStart),
            ParcelView.AttemptedToday => q.Where(p => p.FirstAttemptUtc >= todayStart),
            ParcelView.Late => q.Where(p => p.Status < ParcelStatus.Delivered && p.PromisedUtc < nowUtc),
            ParcelView.AtRisk => q.Where(p => p.Status < ParcelStatus.Delivered && p.PromisedUtc >= nowUtc && p.AtRiskUtc <= nowUtc),
            ParcelView.Stalled => q.Where(StalledPredicate(nowUtc)),
            ParcelView.Exceptions => q.Where(p => p.Status == ParcelStatus.Exception),
            ParcelView.Complaints => q.Where(p => db.Complaints.Any(c => c.ParcelId == p.Id
                && (c.State == ComplaintState.Open || c.State == ComplaintState.InProgress))),
            _ => q,
        };

        if (filter.Status is { } status) q = q.Where(p => p.Status == status);
        if (filter.Lateness is { } lateness) q = q.Where(LatenessPredicate(lateness, nowUtc));
        if (filter.LateParty is { } party) q = q.Where(LatenessPredicate(Lateness.Late, nowUtc)).Where(p => p.LateParty == party);
        if (filter.Stalled is { } stalled)
        {
            var isStalled = StalledPredicate(nowUtc);
            q = stalled ? q.Where(isStalled) : q.Where(Not(isStalled));
        }

        if (filter.CarrierId is { } carrier) q = q.Where(p => p.CarrierId == carrier);
        if (filter.ServiceLevelId is { } service) q = q.Where(p => p.ServiceLevelId == service);
        if (filter.ChannelId is { } channel) q = q.Where(p => p.ChannelId == channel);
        if (filter.LaneId is { } lane) q = q.Where(p => p.LaneId == lane);
        if (filter.HubId is { } hub) q = q.Where(p => p.LastHubId == hub);
        if (filter.OriginHubId is { } originHub) q = q.Where(p => p.OriginHubId == originHub);
        if (filter.RegionId is { } region)
        {
            var lanes = ReferenceData.Lanes.Where(l => l.OriginRegionId == region || l.DestinationRegionId == region).Select(l => l.Id).ToList();
            q = q.Where(p => lanes.Contains(p.LaneId));
        }

        q = OnDays(q, p => p.CreatedUtc, filter.CreatedFrom, filter.CreatedTo, filter);
        q = OnDays(q, p => p.PromisedUtc, filter.PromisedFrom, filter.PromisedTo, filter);
        return q;
    }

    /// <summary>Parcels whose <paramref name="time"/> falls on the days from..to (both inclusive) in the filter's time zone.</summary>
    private static IQueryable<Parcel> OnDays(
        IQueryable<Parcel> q, Expression<Func<Parcel, DateTime>> time, DateOnly? fromDay, DateOnly? toDay, ParcelListFilter filter)
    {
        if (fromDay is { } first)
        {
            var from = filter.StartUtc(first);
            q = q.Where(Applied(time, t => t >= from));
        }

        if (toDay is { } last)
        {
            var to = filter.StartUtc(last.AddDays(1));
            q = q.Where(Applied(time, t => t < to));
        }

        return q;
    }

    /// <summary><c>p => test(time(p))</c> as one expression, so the database evaluates it on the column.</summary>
    private static Expression<Func<Parcel, bool>> Applied(Expression<Func<Parcel, DateTime>> time, Expression<Func<DateTime, bool>> test) =>
        Expression.Lambda<Func<Parcel, bool>>(new Rebind(test.Parameters[0], time.Body).Visit(test.Body), time.Parameters);

    /// <summary>Lateness as SQL: open parcels by the clock, finished ones by their settled value.</summary>
    private static Expression<Func<Parcel, bool>> LatenessPredicate(Lateness lateness, DateTime now) => lateness switch
    {
        Lateness.Late => p => (p.Status < ParcelStatus.Delivered && p.PromisedUtc < now) || (p.Status >= ParcelStatus.Delivered && p.Lateness == Lateness.Late),
        Lateness.AtRisk => p => p.Status < ParcelStatus.Delivered && p.PromisedUtc >= now && p.AtRiskUtc <= now,
        Lateness.OnTrack => p => (p.Status < ParcelStatus.Delivered && p.PromisedUtc >= now && p.AtRiskUtc > now)
            || (p.Status >= ParcelStatus.Delivered && p.Lateness == Lateness.OnTrack),
        _ => p => p.Status >= ParcelStatus.Delivered && p.Lateness == Lateness.Early,
    };

    /// <summary>In flight with no scan since the service's cutoff hour (<see cref="KpiOptions.StalledBefore"/>).</summary>
    private Expression<Func<Parcel, bool>> StalledPredicate(DateTime now)
    {
        var p = Expression.Parameter(typeof(Parcel), "p");
        Expression? anyService = null;
        foreach (var service in ReferenceData.ServiceLevels)
        {
            var cutoff = options.Value.StalledBefore(service.Code, now);
            Expression<Func<Parcel, bool>> one = x => x.ServiceLevelId == service.Id && x.LastEventUtc < cutoff;
            var body = new Rebind(one.Parameters[0], p).Visit(one.Body);
            anyService = anyService is null ? body : Expression.OrElse(anyService, body);
        }

        Expression<Func<Parcel, bool>> inFlight = x => x.Status > ParcelStatus.Pending && x.Status < ParcelStatus.Delivered;
        var all = Expression.AndAlso(new Rebind(inFlight.Parameters[0], p).Visit(inFlight.Body), anyService!);
        return Expression.Lambda<Func<Parcel, bool>>(all, p);
    }

    public bool IsStalled(ParcelStatus status, int serviceLevelId, DateTime? lastEventUtc, DateTime nowUtc) =>
        status.IsInFlight() && lastEventUtc is { } last
        && last < options.Value.StalledBefore(ReferenceData.ServiceLevel(serviceLevelId).Code, nowUtc);

    private static Expression<Func<Parcel, bool>> Not(Expression<Func<Parcel, bool>> predicate) =>
        Expression.Lambda<Func<Parcel, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static IQueryable<Parcel> Sorted(IQueryable<Parcel> q, ParcelView view, ParcelSort sort, bool descending)
    {
        if (sort == ParcelSort.Default)
        {
            // Each queue's most urgent first: the longest overdue, the longest silent, the newest delivered.
            return view switch
            {
                ParcelView.Late or ParcelView.AtRisk => q.OrderBy(p => p.PromisedUtc).ThenBy(p => p.Id),
                ParcelView.Stalled => q.OrderBy(p => p.LastEventUtc).ThenBy(p => p.Id),
                ParcelView.DeliveredToday => q.OrderByDescending(p => p.DeliveredUtc).ThenByDescending(p => p.Id),
                ParcelView.AttemptedToday => q.OrderByDescending(p => p.FirstAttemptUtc).ThenByDescending(p => p.Id),
                _ => q.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id),
            };
        }

        return sort switch
        {
            ParcelSort.TrackingNumber => descending ? q.OrderByDescending(p => p.TrackingNumber) : q.OrderBy(p => p.TrackingNumber),
            ParcelSort.Created => descending ? q.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id) : q.OrderBy(p => p.CreatedUtc).ThenBy(p => p.Id),
            ParcelSort.Promised => descending ? q.OrderByDescending(p => p.PromisedUtc).ThenByDescending(p => p.Id) : q.OrderBy(p => p.PromisedUtc).ThenBy(p => p.Id),
            // A parcel never scanned has been silent longest: first going up, last going down. Said outright, as engines differ
            // (SQLite sorts NULL below every value, PostgreSQL above).
            ParcelSort.LastEvent => descending
                ? q.OrderBy(p => p.LastEventUtc == null).ThenByDescending(p => p.LastEventUtc).ThenByDescending(p => p.Id)
                : q.OrderByDescending(p => p.LastEventUtc == null).ThenBy(p => p.LastEventUtc).ThenBy(p => p.Id),
            _ => descending ? q.OrderByDescending(p => p.Status).ThenByDescending(p => p.Id) : q.OrderBy(p => p.Status).ThenBy(p => p.Id),
        };
    }

    private static IQueryable<RowData> Project(IQueryable<Parcel> q, bool includePersonalData) =>
        q.Select(p => new RowData(p.Id, p.TrackingNumber, p.CarrierId, p.LaneId, p.ServiceLevelId, p.ChannelId, p.Status, p.SubStatus,
            p.Lateness, p.CreatedUtc, p.PromisedUtc, p.LastEventUtc, p.LastHubId, p.DeliveredUtc,
            includePersonalData ? p.RecipientName : PersonalDataAccess.Hidden, p.LateParty));

    private ParcelRow ToRow(RowData r, DateTime nowUtc)
    {
        var lane = ReferenceData.Lane(r.LaneId);
        var lateness = LatenessOf(r.Status, r.Lateness, r.CreatedUtc, r.PromisedUtc, nowUtc);
        return new ParcelRow(r.Id, r.TrackingNumber,
            ReferenceData.Carrier(r.CarrierId).Code,
            ReferenceData.ServiceLevel(r.ServiceLevelId).Code,
            ReferenceData.Channel(r.ChannelId).Code,
            ParcelListFilter.RegionCode(lane.OriginRegionId), ParcelListFilter.RegionCode(lane.DestinationRegionId),
            r.Status, r.SubStatus,
            lateness,
            IsStalled(r.Status, r.ServiceLevelId, r.LastEventUtc, nowUtc),
            r.CreatedUtc, r.PromisedUtc, r.LastEventUtc,
            ReferenceData.FindHub(r.LastHubId)?.Code,
            r.DeliveredUtc,
            r.RecipientName,
            // Every parcel carries the party it would be counted against; only a late one is.
            lateness == Lateness.Late ? r.LateParty : null);
    }

    /// <summary>Settled lateness for finished parcels, the clock's for open ones.</summary>
    public static Lateness LatenessOf(ParcelStatus status, Lateness stored, DateTime createdUtc, DateTime promisedUtc, DateTime nowUtc) =>
        status.IsFinal() ? stored : LatenessRules.OfOpen(nowUtc, createdUtc, promisedUtc);


    private sealed record RowData(
        long Id, string TrackingNumber, int CarrierId, int LaneId, int ServiceLevelId, int ChannelId, ParcelStatus Status,
        ParcelSubStatus SubStatus, Lateness Lateness, DateTime CreatedUtc, DateTime PromisedUtc, DateTime? LastEventUtc, int? LastHubId,
        DateTime? DeliveredUtc, string RecipientName, LateParty? LateParty);

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

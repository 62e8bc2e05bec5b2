using CainiaoDashboard.Domain;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// Turns a shared <see cref="OperationsSnapshot"/> into the overview's figures for one filter, in memory.
/// The formulas are the ones in the KPI tooltips (DESIGN.md). "Today" is the CST operations day; rates
/// without "today" are over the last 24 hours.
/// </summary>
public static class OverviewCalculator
{
    public static class Names
    {
        public const string InFlight = "in_flight";
        public const string DeliveredToday = "delivered_today";
        public const string OnTimeRateToday = "on_time_rate_today";
        public const string SlaBreaches = "sla_breaches";
        public const string ExceptionRate = "exception_rate";
        public const string FirstAttemptRate = "first_attempt_rate";
        public const string ComplaintsPer10kToday = "complaints_per_10k_today";
        public const string Stalled = "stalled";
    }

    private static readonly ParcelSubStatus[] WaitingAtHub =
    [
        ParcelSubStatus.ArrivedHub, ParcelSubStatus.ArrivedDestinationCountry, ParcelSubStatus.ImportCustomsHeld,
        ParcelSubStatus.CustomsReleased, ParcelSubStatus.ExportCustoms,
    ];

    public static OverviewFigures Compute(OperationsSnapshot snapshot, OverviewFilter filter, AlertThresholds alerts)
    {
        var now = snapshot.AsOfUtc;
        var nowHour = OperationsCalendar.HourOf(now);
        var todayStart = OperationsCalendar.StartOfDayHour(now);

        // One pass over the hour buckets, each summed once per filter and kept with the bucket.
        var perHour = new Dictionary<long, HourTotals>();
        var carriers = new AttemptTotals[ReferenceData.Carriers.Max(c => c.Id) + 1];
        var services = new AttemptTotals[ReferenceData.ServiceLevels.Max(s => s.Id) + 1];
        var hubTotals = new HubTotals[ReferenceData.Hubs.Max(h => h.Id) + 1];
        foreach (var bucket in snapshot.Hours)
        {
            var hour = bucket.Hour;
            var sums = bucket.For(filter);
            if (hour >= nowHour - 47 && hour <= nowHour) perHour[hour] = perHour.GetValueOrDefault(hour) + sums.Totals;
            if (hour >= todayStart)
            {
                Add(carriers, sums.ByCarrier);
                Add(services, sums.ByService);
                for (var i = 0; i < hubTotals.Length; i++) hubTotals[i] += new HubTotals(0, sums.ByHub[i].Attempts);
            }

            if (hour > nowHour - 3)
            {
                for (var i = 0; i < hubTotals.Length; i++) hubTotals[i] += new HubTotals(sums.ByHub[i].Departures, default);
            }
        }

        long inFlight = 0;
        var open = snapshot.OpenParcels.Where(c => filter.Matches(c.CarrierId, c.LaneId, c.ServiceLevelId)).ToList();
        var backlog = new long[hubTotals.Length];
        foreach (var c in snapshot.Statuses)
        {
            if (!filter.Matches(c.CarrierId, c.LaneId, c.ServiceLevelId)) continue;
            if (c.Status.IsInFlight()) inFlight += c.Parcels;
            if (c.HubId > 0 && c.HubId < backlog.Length && c.Status == ParcelStatus.InTransit && WaitingAtHub.Contains(c.SubStatus))
            {
                backlog[c.HubId] += c.Parcels;
            }
        }

        var kpis = BuildKpis(snapshot, filter, perHour, nowHour, todayStart, inFlight, open);
        var onTimeByCarrier = ReferenceData.Carriers.Where(c => filter.MatchesCarrier(c.Id))
            .Select(c => new RateByKey(c.Id, c.Code, c.Name, carriers[c.Id].OnTime, carriers[c.Id].Attempts, carriers[c.Id].OwnFaultLate))
            .ToList();
        var onTimeByService = ReferenceData.ServiceLevels.Where(s => filter.ServiceLevelId is null || filter.ServiceLevelId == s.Id)
            .Select(s => new RateByKey(s.Id, s.Code, s.Name, services[s.Id].OnTime, services[s.Id].Attempts))
            .ToList();
        var transit = TransitByCarrierOf(snapshot, filter);
        var throughput = Enumerable.Range(0, (int)(nowHour - todayStart) + 1)
            .Select(i => todayStart + i)
            .Select(h => perHour.TryGetValue(h, out var t)
                ? new HourlyThroughput(h, OperationsCalendar.StartOfHour(h), t.Events, t.Delivered, t.Created)
                : new HourlyThroughput(h, OperationsCalendar.StartOfHour(h), 0, 0, 0))
            .ToList();
        var hubs = HubsOf(hubTotals, backlog, alerts);
        var raised = AlertsOf(onTimeByCarrier, hubs, kpis.Single(k => k.Name == Names.Stalled), alerts);
        var lateByParty = LateByPartyOf(open, perHour, todayStart, nowHour);
        return new OverviewFigures(now, kpis, onTimeByCarrier, onTimeByService, transit, throughput, hubs, raised, lateByParty);
    }

    private static LateByParty LateByPartyOf(List<OpenParcelCell> open, Dictionary<long, HourTotals> perHour, long todayStart, long nowHour)
    {
        var openByParty = open.Aggregate(default(PartyCounts), (sum, c) => sum + c.OverdueByParty);
        var deliveredToday = default(PartyCounts);
        for (var hour = todayStart; hour <= nowHour; hour++) deliveredToday += perHour.GetValueOrDefault(hour).LateDelivered;
        return new LateByParty(openByParty, open.Sum(c => c.Overdue) - openByParty.Total, deliveredToday);
    }

    private static void Add(AttemptTotals[] into, IReadOnlyList<AttemptTotals> values)
    {
        for (var i = 0; i < into.Length && i < values.Count; i++) into[i] += values[i];
    }

    private static List<KpiFigure> BuildKpis(
        OperationsSnapshot snapshot, OverviewFilter filter, Dictionary<long, HourTotals> perHour, long nowHour, long todayStart,
        long inFlight, List<OpenParcelCell> open)
    {
        HourTotals Sum(long from, long to)
        {
            var total = new HourTotals();
            for (var h = from; h <= to; h++)
            {
                if (perHour.TryGetValue(h, out var t)) total += t;
            }

            return total;
        }

        var today = Sum(todayStart, nowHour);
        var yesterdaySoFar = Sum(todayStart - 24, nowHour - 24);
        var last24 = Sum(nowHour - 23, nowHour);
        var previous24 = Sum(nowHour - 47, nowHour - 24);
        var sparkHours = Enumerable.Range(0, 24).Select(i => nowHour - 23 + i).ToArray();
        HourTotals At(long h) => perHour.GetValueOrDefault(h);

        // In flight an hour ago = now, minus parcels created since, plus parcels delivered since.
        var inFlightSpark = new double?[24];
        double running = inFlight;
        for (var i = 23; i >= 0; i--)
        {
            inFlightSpark[i] = running;
            var t = At(sparkHours[i]);
            running = Math.Max(0, running - t.Created + t.Delivered);
        }

        var inFlightYesterday = inFlight - last24.Created + last24.Delivered;
        var yesterdaySample = SampleNear(snapshot.StateHistory, snapshot.AsOfUtc.AddHours(-24));

        // A figure of the hourly totals: over this period, over the one it is compared with, and per spark hour.
        KpiFigure OfTotals(
            string name, Func<HourTotals, double?> figure, HourTotals current, HourTotals previous, KpiUnit unit,
            bool higherIsBetter, ParcelView drillDown) =>
            new(name, figure(current), figure(previous), unit, higherIsBetter,
                sparkHours.Select(h => figure(At(h))).ToArray(), filter.ParcelsIn(drillDown));

        // A count of open parcels (none is better): now, a day ago, and per spark hour from the state history.
        KpiFigure OfOpenParcels(string name, Func<OpenParcelCell, long> figure, ParcelView drillDown) =>
            new(name, open.Sum(figure), yesterdaySample?.Where(c => filter.Matches(c.CarrierId, c.LaneId, c.ServiceLevelId)).Sum(figure),
                KpiUnit.Count, HigherIsBetter: false, Samples(snapshot, filter, sparkHours, figure), filter.ParcelsIn(drillDown));

        return
        [
            new(Names.InFlight, inFlight, Math.Max(0, inFlightYesterday), KpiUnit.Count, HigherIsBetter: false,
                inFlightSpark, filter.ParcelsIn(ParcelView.InFlight)),
            OfTotals(Names.DeliveredToday, t => t.Delivered, today, yesterdaySoFar, KpiUnit.Count, higherIsBetter: true, ParcelView.DeliveredToday),
            OfTotals(Names.OnTimeRateToday, t => Ratio(t.OnTimeFirstAttempts, t.FirstAttempts),
                today, yesterdaySoFar, KpiUnit.Rate, higherIsBetter: true, ParcelView.AttemptedToday),
            OfOpenParcels(Names.SlaBreaches, c => c.Overdue, ParcelView.Late),
            OfTotals(Names.ExceptionRate, t => Ratio(t.ExceptionParcels, t.Created),
                last24, previous24, KpiUnit.Rate, higherIsBetter: false, ParcelView.Exceptions),
            OfTotals(Names.FirstAttemptRate, t => Ratio(t.FirstAttemptDelivered, t.FirstAttempts),
                last24, previous24, KpiUnit.Rate, higherIsBetter: true, ParcelView.AttemptedToday),
            OfTotals(Names.ComplaintsPer10kToday, t => Per10k(t.Complaints, t.Created),
                today, yesterdaySoFar, KpiUnit.Per10k, higherIsBetter: false, ParcelView.Complaints),
            OfOpenParcels(Names.Stalled, c => c.Stalled, ParcelView.Stalled),
        ];
    }

    private static List<TransitByCarrier> TransitByCarrierOf(OperationsSnapshot snapshot, OverviewFilter filter)
    {
        var histograms = new Dictionary<int, Dictionary<int, long>>();
        foreach (var t in snapshot.Transit)
        {
            if (!filter.Matches(t.CarrierId, t.LaneId, t.ServiceLevelId)) continue;
            if (!histograms.TryGetValue(t.CarrierId, out var histogram)) histograms[t.CarrierId] = histogram = [];
            histogram[t.Bucket] = histogram.GetValueOrDefault(t.Bucket) + t.Parcels;
        }

        return ReferenceData.Carriers.Where(c => filter.MatchesCarrier(c.Id)).Select(carrier =>
        {
            var histogram = histograms.GetValueOrDefault(carrier.Id) ?? [];
            return new TransitByCarrier(carrier.Id, carrier.Code, carrier.Name, histogram.Values.Sum(),
                TransitBuckets.Percentile(histogram, 0.5), TransitBuckets.Percentile(histogram, 0.9));
        }).ToList();
    }

    private static List<HubHealth> HubsOf(HubTotals[] totals, long[] backlog, AlertThresholds alerts) =>
        ReferenceData.Hubs.Select(hub =>
        {
            var (departures, (onTime, attempts, _)) = totals[hub.Id];
            var perHour = departures / 3.0;
            var waiting = backlog[hub.Id];
            double? dwell = perHour > 0 ? waiting / perHour : null;
            double? rate = attempts == 0 ? null : (double)onTime / attempts;
            var level = waiting > alerts.HubBacklogAbove || rate < alerts.CarrierOnTimeBelow - 0.1
                ? HealthLevel.Critical
                : waiting > alerts.HubBacklogAbove * 0.75 || rate < alerts.CarrierOnTimeBelow ? HealthLevel.Warning : HealthLevel.Good;
            return new HubHealth(hub.Id, hub.Code, hub.Name, hub.TimeZoneId, perHour, waiting, dwell, attempts, rate, level);
        }).ToList();

    private static List<OperationsAlert> AlertsOf(
        List<RateByKey> onTimeByCarrier, List<HubHealth> hubs, KpiFigure stalled, AlertThresholds options)
    {
        var raised = new List<OperationsAlert>();
        foreach (var carrier in onTimeByCarrier)
        {
            var threshold = options.OnTimeThresholdFor(carrier.Code);
            if (carrier.Denominator >= options.MinimumAttempts && carrier.Rate < threshold)
            {
                raised.Add(new OperationsAlert($"carrier-on-time-{carrier.Code}", HealthLevel.Critical, AlertReason.CarrierOnTimeBelow,
                    carrier.Label, carrier.Rate ?? 0, threshold, carrier.Denominator, null,
                    ParcelListFilter.Of(ParcelView.Late) with { CarrierId = carrier.Id }));
            }
        }

        foreach (var hub in hubs.Where(h => h.Backlog > options.HubBacklogAbove))
        {
            raised.Add(new OperationsAlert($"hub-backlog-{hub.Code}", HealthLevel.Critical, AlertReason.HubBacklogAbove,
                hub.Name, hub.Backlog, options.HubBacklogAbove, null, hub.DwellHours,
                ParcelListFilter.Of(ParcelView.InFlight) with { HubId = hub.HubId }));
        }

        if (stalled.Value is { } stalledNow && stalledNow > options.StalledAbove)
        {
            raised.Add(new OperationsAlert("stalled-surge", HealthLevel.Warning, AlertReason.StalledSurge,
                null, stalledNow, options.StalledAbove, null, null, ParcelListFilter.Of(ParcelView.Stalled)));
        }

        return raised;
    }

    private static IReadOnlyList<OpenParcelCell>? SampleNear(IReadOnlyList<StateSample> samples, DateTime atUtc)
    {
        StateSample? best = null;
        foreach (var s in samples)
        {
            if (Math.Abs((s.AtUtc - atUtc).TotalMinutes) <= 30 && (best is null || Math.Abs((s.AtUtc - atUtc).Ticks) < Math.Abs((best.Value.AtUtc - atUtc).Ticks)))
            {
                best = s;
            }
        }

        return best?.OpenParcels;
    }

    private static double?[] Samples(OperationsSnapshot snapshot, OverviewFilter filter, long[] sparkHours, Func<OpenParcelCell, long> figure)
    {
        var values = new double?[sparkHours.Length];
        foreach (var sample in snapshot.StateHistory)
        {
            var index = Array.IndexOf(sparkHours, OperationsCalendar.HourOf(sample.AtUtc));
            if (index >= 0) values[index] = sample.OpenParcels.Where(c => filter.Matches(c.CarrierId, c.LaneId, c.ServiceLevelId)).Sum(figure);
        }

        values[^1] = snapshot.OpenParcels.Where(c => filter.Matches(c.CarrierId, c.LaneId, c.ServiceLevelId)).Sum(figure);
        return values;
    }

    private static double? Ratio(long numerator, long denominator) => denominator == 0 ? null : (double)numerator / denominator;

    private static double? Per10k(long complaints, long parcels) => parcels == 0 ? null : complaints * 10_000.0 / parcels;
}

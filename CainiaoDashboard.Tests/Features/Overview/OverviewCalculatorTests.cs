using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using CainiaoDashboard.Simulation;
using static CainiaoDashboard.Features.Overview.OverviewCalculator;

namespace CainiaoDashboard.Tests.Features.Overview;

/// <summary>Each overview KPI against figures worked out by hand from a small fixture.</summary>
public sealed class OverviewCalculatorTests
{
    // 14:30 China Standard Time on Friday 20 November 2026; the CST day began at 16:00 UTC the day before.
    private static readonly DateTime Now = new(2026, 11, 20, 6, 30, 0, DateTimeKind.Utc);

    private static readonly OperationsSnapshot Snapshot = new(
        Now, Version: 1,
        Hours: HourBucket.Group(
        [
            Hour(new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), Zto, created: 100, attempts: 40, onTime: 30, firstDelivered: 35,
                delivered: 38, exceptions: 5, complaints: 2),
            Hour(new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc), Sto, created: 100, attempts: 10, onTime: 5, firstDelivered: 8,
                delivered: 9, exceptions: 15, complaints: 3),
            // Yesterday before the same time of day: the comparison window, and outside the last 24 hours.
            Hour(new DateTime(2026, 11, 19, 2, 0, 0, DateTimeKind.Utc), Zto, created: 50, attempts: 20, onTime: 20, firstDelivered: 20,
                delivered: 20, exceptions: 0, complaints: 0),
            new HourCell(HourOf(Now.AddHours(-1)), Zto, EastToEast, NextDay, Events: 60, 0, 0, 0, 0, 0, 0, 0, 0),
        ],
        [
            new HubHourCell(HourOf(Now.AddHours(-1)), Zto, EastToEast, NextDay, Shenzhen, HubDepartures: 30, FirstAttempts: 0, OnTimeFirstAttempts: 0),
        ]),
        Statuses:
        [
            new StatusCell(Zto, EastToEast, NextDay, Shenzhen, ParcelStatus.InTransit, ParcelSubStatus.ArrivedHub, 70),
            new StatusCell(Zto, EastToEast, NextDay, 0, ParcelStatus.Delivered, ParcelSubStatus.Signed, 500),
            new StatusCell(Sto, EastToEast, NextDay, 1, ParcelStatus.PickedUp, ParcelSubStatus.None, 30),
            new StatusCell(Sto, EastToEast, NextDay, 0, ParcelStatus.Pending, ParcelSubStatus.None, 10),
        ],
        OpenParcels: [new OpenParcelCell(Zto, EastToEast, NextDay, Overdue: 7, Stalled: 3), new OpenParcelCell(Sto, EastToEast, NextDay, 2, 1)],
        Transit: [],
        LatestEvents: [],
        StateHistory: [],
        Seeding: SeedingProgress.NotStarted);

    [Fact]
    public void Every_kpi_matches_the_hand_computed_value()
    {
        var figures = Compute(Snapshot, OverviewFilter.All, new AlertThresholds());

        Assert.Equal(100, Value(figures, Names.InFlight));               // 70 in transit + 30 picked up; pending and delivered excluded
        Assert.Equal(47, Value(figures, Names.DeliveredToday));          // 38 + 9
        Assert.Equal(20, Previous(figures, Names.DeliveredToday));
        Assert.Equal(0.7, Value(figures, Names.OnTimeRateToday)!.Value, 6); // (30 + 5) / (40 + 10)
        Assert.Equal(1.0, Previous(figures, Names.OnTimeRateToday)!.Value, 6);
        Assert.Equal(9, Value(figures, Names.SlaBreaches));              // 7 + 2
        Assert.Equal(0.1, Value(figures, Names.ExceptionRate)!.Value, 6);   // (5 + 15) / 200, yesterday's cell is outside 24 h
        Assert.Equal(0.86, Value(figures, Names.FirstAttemptRate)!.Value, 6); // (35 + 8) / 50
        Assert.Equal(250, Value(figures, Names.ComplaintsPer10kToday)!.Value, 6); // 5 / 200 x 10,000
        Assert.Equal(4, Value(figures, Names.Stalled));                  // 3 + 1
    }

    [Fact]
    public void A_carrier_filter_applies_to_every_figure()
    {
        var (filter, problems) = OverviewFilter.Parse("zto", null, null);
        var figures = Compute(Snapshot, filter, new AlertThresholds());

        Assert.Empty(problems);
        Assert.Equal(70, Value(figures, Names.InFlight));
        Assert.Equal(38, Value(figures, Names.DeliveredToday));
        Assert.Equal(0.75, Value(figures, Names.OnTimeRateToday)!.Value, 6);
        Assert.Equal(7, Value(figures, Names.SlaBreaches));
        Assert.Equal(3, Value(figures, Names.Stalled));
        Assert.Equal(["ZTO"], figures.OnTimeByCarrier.Select(c => c.Code));
        Assert.All(figures.Kpis, k => Assert.Contains("carrier=ZTO", k.DrillDown.ToUrl()));
    }

    [Fact]
    public void Hub_health_uses_backlog_and_departures_and_alerts_follow_the_thresholds()
    {
        var figures = Compute(Snapshot, OverviewFilter.All, new AlertThresholds { HubBacklogAbove = 50 });

        var shenzhen = figures.Hubs.Single(h => h.Code == "SZX");
        Assert.Equal(70, shenzhen.Backlog);
        Assert.Equal(10, shenzhen.DeparturesPerHour, 6);   // 30 departures over the last 3 hours
        Assert.Equal(7, shenzhen.DwellHours!.Value, 6);     // Little's law: 70 / 10
        Assert.Equal(HealthLevel.Critical, shenzhen.Level);

        // ZTO: 75% over 40 attempts is below 85%; STO's 10 attempts are too few to judge.
        Assert.Equal(["carrier-on-time-ZTO", "hub-backlog-SZX"], figures.Alerts.Select(a => a.Key).Order());

        var relaxed = Compute(Snapshot, OverviewFilter.All, new AlertThresholds { CarrierOnTimeBelow = 0.7, HubBacklogAbove = 100 });
        Assert.Empty(relaxed.Alerts);
    }

    [Fact]
    public void Hub_rates_count_todays_first_attempts_and_departures_of_the_last_three_hours_only()
    {
        var hour = HourOf(Now);
        var hubs = Snapshot with
        {
            Hours = HourBucket.Group([],
            [
                new HubHourCell(hour, Zto, EastToEast, NextDay, Shenzhen, HubDepartures: 12, FirstAttempts: 8, OnTimeFirstAttempts: 6),
                new HubHourCell(hour - 2, Sto, EastToEast, NextDay, Shenzhen, HubDepartures: 6, FirstAttempts: 2, OnTimeFirstAttempts: 2),
                // Four hours ago: no longer in the departure rate, still today for the on-time rate.
                new HubHourCell(hour - 4, Zto, EastToEast, NextDay, Shenzhen, HubDepartures: 300, FirstAttempts: 10, OnTimeFirstAttempts: 2),
                // Yesterday (CST): neither.
                new HubHourCell(HourOf(Now.AddDays(-1)), Zto, EastToEast, NextDay, Shenzhen, HubDepartures: 900, FirstAttempts: 90, OnTimeFirstAttempts: 0),
            ]),
        };

        var all = Compute(hubs, OverviewFilter.All, new AlertThresholds()).Hubs.Single(h => h.Code == "SZX");
        Assert.Equal(6, all.DeparturesPerHour, 6);                 // (12 + 6) / 3
        Assert.Equal(20, all.FirstAttemptsToday);                  // 8 + 2 + 10
        Assert.Equal(0.5, all.OnTimeRate!.Value, 6);               // (6 + 2 + 2) / 20

        var zto = Compute(hubs, OverviewFilter.Parse("ZTO", null, null).Filter, new AlertThresholds()).Hubs.Single(h => h.Code == "SZX");
        Assert.Equal(4, zto.DeparturesPerHour, 6);                 // 12 / 3
        Assert.Equal(18, zto.FirstAttemptsToday);
        Assert.Equal(8 / 18.0, zto.OnTimeRate!.Value, 6);
        Assert.Null(Compute(hubs, OverviewFilter.All, new AlertThresholds()).Hubs.Single(h => h.Code == "PEK").OnTimeRate);
    }

    [Fact]
    public void Cells_of_one_hour_carrier_lane_and_service_are_summed_over_hubs()
    {
        var hour = HourOf(Now);
        var buckets = HourBucket.Group(
            [Hour(Now, Zto, 10, 4, 3, 2, 1, 1, 0), Hour(Now, Zto, 5, 1, 1, 1, 1, 0, 1), Hour(Now, Sto, 7, 0, 0, 0, 0, 0, 0)],
            [new HubHourCell(hour, Zto, EastToEast, NextDay, 0, 5, 5, 5), new HubHourCell(hour, Zto, EastToEast, NextDay, Shenzhen, 0, 0, 0)]);

        var bucket = Assert.Single(buckets);
        Assert.Equal(2, bucket.Cells.Count);
        Assert.Equal(new HourCell(hour, Zto, EastToEast, NextDay, 0, 15, 0, 5, 4, 3, 2, 1, 1), bucket.Cells.Single(c => c.CarrierId == Zto));
        Assert.Empty(bucket.HubCells);                             // no hub, or nothing the hub table reads
        Assert.Equal(22, bucket.For(OverviewFilter.All).Totals.Created);
        Assert.Equal(7, bucket.For(OverviewFilter.Parse("STO", null, null).Filter).Totals.Created);
    }

    [Fact]
    public void Unknown_filter_codes_are_reported_and_ignored()
    {
        var (filter, problems) = OverviewFilter.Parse("DHL", "NEXT_DAY", "<script>");

        Assert.Null(filter.CarrierId);
        Assert.Equal(NextDay, filter.ServiceLevelId);
        Assert.Null(filter.RegionId);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("carrier \"DHL\""));
    }

    [Fact]
    public void Without_any_data_rates_are_unknown_rather_than_zero()
    {
        var empty = Snapshot with { Hours = [], Statuses = [], OpenParcels = [] };
        var figures = Compute(empty, OverviewFilter.All, new AlertThresholds());

        Assert.Null(Value(figures, Names.OnTimeRateToday));
        Assert.Null(Value(figures, Names.ComplaintsPer10kToday));
        Assert.Equal(0, Value(figures, Names.DeliveredToday));
        Assert.Empty(figures.Alerts);
    }

    private static double? Value(OverviewFigures figures, string name) => figures.Kpis.Single(k => k.Name == name).Value;

    private static double? Previous(OverviewFigures figures, string name) => figures.Kpis.Single(k => k.Name == name).Previous;

    private static long HourOf(DateTime utc) => OperationsCalendar.HourOf(utc);

    [Fact]
    public void Late_parcels_are_split_by_party_and_each_carriers_own_fault_rate_excuses_the_lateness_of_others()
    {
        var today = new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);
        var snapshot = Snapshot with
        {
            Hours = HourBucket.Group(
            [
                Hour(today, Zto, created: 0, attempts: 40, onTime: 30, firstDelivered: 0, delivered: 20, exceptions: 0, complaints: 0) with
                {
                    LateDelivered = new PartyCounts(1, 3, 0, 0, 5, 0), OwnFaultLateFirstAttempts = 4,
                },
                Hour(today, Sto, created: 0, attempts: 10, onTime: 10, firstDelivered: 0, delivered: 10, exceptions: 0, complaints: 0) with
                {
                    LateDelivered = new PartyCounts(0, 0, 0, 0, 2, 0),
                },
                // Yesterday's late deliveries are not today's.
                Hour(today.AddDays(-1), Zto, 0, 0, 0, 0, 5, 0, 0) with { LateDelivered = new PartyCounts(0, 5, 0, 0, 0, 0) },
            ], []),
            OpenParcels =
            [
                new OpenParcelCell(Zto, EastToEast, NextDay, Overdue: 7, Stalled: 0, new PartyCounts(0, 4, 0, 0, 3, 0)),
                new OpenParcelCell(Sto, EastToEast, NextDay, Overdue: 3, Stalled: 0, new PartyCounts(0, 0, 0, 1, 0, 0)),
            ],
        };

        var figures = Compute(snapshot, OverviewFilter.All, new AlertThresholds());
        var stoOnly = Compute(snapshot, OverviewFilter.All with { CarrierId = Sto }, new AlertThresholds());

        Assert.Equal(new LateByParty(new PartyCounts(0, 4, 0, 1, 3, 0), 2, new PartyCounts(1, 3, 0, 0, 7, 0)), figures.LateByParty);
        Assert.Equal(new LateByParty(new PartyCounts(0, 0, 0, 1, 0, 0), 2, new PartyCounts(0, 0, 0, 0, 2, 0)), stoOnly.LateByParty);
        var zto = figures.OnTimeByCarrier.Single(c => c.Id == Zto);
        Assert.Equal((0.75, 0.9), (zto.Rate!.Value, zto.OwnFaultRate!.Value)); // 30 / 40, (40 - 4) / 40
        Assert.All(figures.OnTimeByService, s => Assert.Null(s.OwnFaultRate));
    }

    private static HourCell Hour(DateTime utc, int carrier, long created, long attempts, long onTime, long firstDelivered,
        long delivered, long exceptions, long complaints) =>
        new(HourOf(utc), carrier, EastToEast, NextDay, Events: 0, created, PickedUp: 0, attempts, onTime,
            firstDelivered, delivered, exceptions, complaints);
}

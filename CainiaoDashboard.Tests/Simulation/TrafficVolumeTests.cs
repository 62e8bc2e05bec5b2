using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Simulation;

public class TrafficVolumeTests
{
    private static readonly ScenarioSettings Normal = new();

    private static int ParcelsOnChinaDay(DateTime chinaMidnight, int parcelsPerDay, ScenarioSettings? scenario = null)
    {
        var scenarios = new SimulatorScenarios();
        scenarios.Set(scenario ?? Normal);
        var engine = new TrafficEngine(new SimulatorOptions { ParcelsPerDay = parcelsPerDay }, scenarios);
        var startUtc = DateTime.SpecifyKind(chinaMidnight.AddHours(-8), DateTimeKind.Utc);
        engine.StartAt(startUtc);
        return engine.AdvanceTo(startUtc.AddDays(1)).Parcels.Count;
    }

    [Fact]
    public void A_week_of_slots_averages_the_configured_daily_volume()
    {
        var monday = new DateTime(2026, 11, 15, 16, 0, 0, DateTimeKind.Utc); // Monday 00:00 China time
        var total = 0.0;
        for (var minute = 0; minute < 7 * 1440; minute++)
        {
            total += TrafficVolume.ExpectedPerSlot(monday.AddMinutes(minute), 20_000, Normal);
        }

        Assert.Equal(7 * 20_000, total, 1e-6 * total);
    }

    [Fact]
    public void Nights_in_China_are_quiet_and_late_mornings_and_evenings_busy()
    {
        Assert.True(TrafficVolume.HourFactor(3) < 0.2 * TrafficVolume.HourFactor(11));
        Assert.True(TrafficVolume.HourFactor(21) > TrafficVolume.HourFactor(15));

        var byChinaHour = SimulatedLives.Default.GroupBy(l => l.Registration.CreatedUtc.AddHours(8).Hour).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(byChinaHour[3] * 5 < byChinaHour[11], $"03:00 {byChinaHour[3]}, 11:00 {byChinaHour[11]}");
        Assert.True(byChinaHour[2] + byChinaHour[3] + byChinaHour[4] < byChinaHour[12]);
    }

    [Fact]
    public void Weekends_are_a_little_quieter()
    {
        Assert.True(TrafficVolume.WeekdayFactor(DayOfWeek.Sunday) < TrafficVolume.WeekdayFactor(DayOfWeek.Wednesday));
        Assert.True(TrafficVolume.WeekdayFactor(DayOfWeek.Saturday) > 0.7);
    }

    [Fact]
    public void Singles_day_in_China_runs_near_one_point_eight_times_a_normal_day()
    {
        var singlesDay = ParcelsOnChinaDay(new DateTime(2026, 11, 11), 5000);
        var weekBefore = ParcelsOnChinaDay(new DateTime(2026, 11, 4), 5000);

        Assert.InRange(singlesDay / (double)weekBefore, 1.65, 1.95);
    }

    [Fact]
    public void The_rate_multiplier_scales_volume()
    {
        var day = new DateTime(2026, 11, 4);
        var doubled = ParcelsOnChinaDay(day, 5000, new ScenarioSettings(RateMultiplier: 2));
        var normal = ParcelsOnChinaDay(day, 5000);

        Assert.InRange(doubled / (double)normal, 1.85, 2.15);
        Assert.Equal(0, ParcelsOnChinaDay(day, 5000, new ScenarioSettings(RateMultiplier: 0)));
    }
}

using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Executive;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class VolumeCalculatorTests
{
    // Monday 2 November 2026 to Sunday 15 November 2026 (CST days), all complete: "now" is 20 November.
    private static readonly int Monday = OperationsCalendar.DayOf(new DateOnly(2026, 11, 2));
    private static readonly DateTime Later = new(2026, 11, 20, 4, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Growth_and_run_rate_follow_from_the_totals_and_the_days_elapsed()
    {
        var headline = VolumeHeadline.Compute(total: 1_400, priorTotal: 1_000, elapsedDays: 14);

        Assert.Equal(1_400, headline.Total);
        Assert.Equal(100, headline.DailyAverage, 9);
        Assert.Equal(36_500, headline.RunRate, 9);
        Assert.Equal(400, headline.Growth);
        Assert.Equal(0.4, headline.GrowthPercent!.Value, 9);
    }

    [Fact]
    public void A_shrinking_period_has_negative_growth()
    {
        var headline = VolumeHeadline.Compute(total: 750, priorTotal: 1_000, elapsedDays: 7.5);

        Assert.Equal(-250, headline.Growth);
        Assert.Equal(-0.25, headline.GrowthPercent!.Value, 9);
        Assert.Equal(100, headline.DailyAverage, 9);
    }

    [Fact]
    public void A_prior_period_without_parcels_has_growth_in_numbers_but_no_percentage()
    {
        var headline = VolumeHeadline.Compute(total: 70, priorTotal: 0, elapsedDays: 7);

        Assert.Equal(70, headline.Growth);
        Assert.Null(headline.GrowthPercent);
        Assert.Equal(3_650, headline.RunRate, 9);
    }

    [Fact]
    public void An_empty_range_has_zero_volume_and_a_full_drop_against_a_busy_prior_period()
    {
        var empty = VolumeHeadline.Compute(total: 0, priorTotal: 0, elapsedDays: 7);
        Assert.Equal((0L, 0.0, 0.0, 0L), (empty.Total, empty.DailyAverage, empty.RunRate, empty.Growth));
        Assert.Null(empty.GrowthPercent);

        var drop = VolumeHeadline.Compute(total: 0, priorTotal: 500, elapsedDays: 7);
        Assert.Equal(-500, drop.Growth);
        Assert.Equal(-1.0, drop.GrowthPercent!.Value, 9);

        var noTime = VolumeHeadline.Compute(total: 0, priorTotal: 0, elapsedDays: 0);
        Assert.Equal(0, noTime.DailyAverage);
    }

    [Fact]
    public void Fixture_by_day_gives_series_per_carrier_totals_peak_day_and_headline()
    {
        var range = new DayRange(Monday, Monday + 13, "custom");
        var cells = new List<VolumeCell>
        {
            new(Monday, Zto, 10, 8, 6, 1),
            new(Monday, Sto, 5, 4, 4, 0),
            new(Monday + 9, Zto, 40, 10, 9, 2),     // Wednesday 11 November: the peak
            new(Monday + 9, Yto, 20, 0, 0, 0),
            new(Monday + 13, Sto, 25, 5, 5, 0),
            new(Monday - 1, Zto, 999, 0, 0, 0),     // outside the range: ignored
        };
        var readout = new VolumeReadout(range, StackBy.Carrier, Later, cells, PriorCreated: 80, ElapsedDays: 14, PriorDays: 14);

        var figures = VolumeCalculator.Compute(readout, Granularity.Day);

        Assert.Equal(14, figures.Buckets.Count);
        Assert.Equal(["ZTO", "STO", "YTO"], figures.Series.Select(s => s.Code));
        Assert.Equal(50, figures.Series[0].Values.Sum());
        Assert.Equal(40, figures.Series[0].Values[9]);
        Assert.Equal(100, figures.Headline.Total);
        Assert.Equal(20, figures.Headline.Growth);
        Assert.Equal(0.25, figures.Headline.GrowthPercent!.Value, 9);
        Assert.Equal(100.0 / 14 * 365, figures.Headline.RunRate, 6);
        Assert.Equal(Monday + 9, figures.Peak!.Day);
        Assert.Equal(60, figures.Peak.Parcels);
        Assert.Equal(9, figures.Peak.BucketIndex);
        Assert.Equal(10.0 / 12, figures.OnTimeRates[0]!.Value, 9);
        Assert.Null(figures.OnTimeRates[1]);
        Assert.Equal(1 * 10_000 / 15.0, figures.ComplaintsPer10k[0]!.Value, 6);
        Assert.False(figures.IncludesToday);
    }

    [Fact]
    public void Weeks_run_Monday_to_Sunday_and_months_are_calendar_months_cut_to_the_range()
    {
        using var culture = CultureScope.English();
        // Wednesday 28 October to Wednesday 11 November.
        var range = new DayRange(Monday - 5, Monday + 9, "custom");

        var weeks = VolumeCalculator.Buckets(range, Granularity.Week, today: Monday + 20);
        Assert.Equal(3, weeks.Count);
        Assert.Equal((Monday - 5, Monday - 1, true), (weeks[0].FromDay, weeks[0].ToDay, weeks[0].Partial));
        Assert.Equal((Monday, Monday + 6, false), (weeks[1].FromDay, weeks[1].ToDay, weeks[1].Partial));
        Assert.Equal((Monday + 7, Monday + 9, true), (weeks[2].FromDay, weeks[2].ToDay, weeks[2].Partial));
        Assert.Equal("w/c 26 Oct 26", weeks[0].Label);

        var months = VolumeCalculator.Buckets(range, Granularity.Month, today: Monday + 20);
        Assert.Equal(["Oct 2026", "Nov 2026"], months.Select(m => m.Label));
        Assert.Equal(Monday - 2, months[0].ToDay);

        var figures = VolumeCalculator.Compute(new VolumeReadout(range, StackBy.Carrier, Later,
            [new(Monday - 3, Zto, 7, 0, 0, 0), new(Monday + 1, Zto, 3, 0, 0, 0), new(Monday + 2, Zto, 4, 0, 0, 0)], 0, 15, 15), Granularity.Month);
        Assert.Equal([7L, 7L], figures.Totals);
        Assert.Equal(0, figures.Peak!.BucketIndex);
    }

    [Theory]
    [InlineData("en-GB", "w/c 26 Oct 26", "Oct 2026", "28 Oct", "Wed 11 Nov 2026", "28 Oct 2026 – 11 Nov 2026", "East China", "Unknown 99")]
    [InlineData("zh-CN", "2026年10月26日当周", "2026年10月", "10月28日", "2026年11月11日 周三", "2026年10月28日至2026年11月11日", "华东", "未知 99")]
    public void Periods_ranges_and_series_are_named_in_the_readers_language(
        string language, string week, string month, string day, string peak, string range, string region, string unknown)
    {
        using var culture = CultureScope.Of(language);
        var days = new DayRange(Monday - 5, Monday + 9, "custom");
        var eastChina = ReferenceData.Region("CN-EAST").Id;
        var readout = new VolumeReadout(days, StackBy.Region, Later, [new(Monday + 9, eastChina, 5, 0, 0, 0), new(Monday, 99, 1, 0, 0, 0)], 0, 15, 15);

        Assert.Equal(week, VolumeCalculator.Buckets(days, Granularity.Week, today: Monday + 20)[0].Label);
        Assert.Equal(month, VolumeCalculator.Buckets(days, Granularity.Month, today: Monday + 20)[0].Label);
        var figures = VolumeCalculator.Compute(readout, Granularity.Day);
        Assert.Equal(day, figures.Buckets[0].Label);
        Assert.Equal(peak, figures.Peak!.Label);
        Assert.Equal(range, figures.Range.Label);
        Assert.Equal([region, unknown], figures.Series.Select(s => s.Name));
    }

    [Theory]
    [InlineData("en-GB", "7 days", "Unknown range \"fortnight\" in the address; showing the last 30 days.", "The start date is after the end date. Showing the last 30 days instead.", "Unknown stacking \"colour\" in the address; showing by carrier.")]
    [InlineData("zh-CN", "近7天", "地址中的区间“fortnight”无法识别，显示近30天。", "开始日期晚于结束日期。现改为显示近30天。", "地址中的堆叠维度“colour”无法识别，按承运商显示。")]
    public void Presets_and_problems_with_the_address_are_in_the_readers_language(string language, string preset, string unknownRange, string backwards, string unknownStack)
    {
        using var culture = CultureScope.Of(language);
        var today = Monday + 10;

        Assert.Equal(("7d", preset), DayRange.Presets[0]);
        Assert.Equal(unknownRange, DayRange.Parse("fortnight", null, null, today).Problems.Single());
        Assert.Equal(backwards, DayRange.Parse(null, "2026-11-05", "2026-11-04", today).Problems.Single());
        var problems = new List<string>();
        Assert.Equal(StackBy.Carrier, VolumeKeys.ParseStack("colour", problems));
        Assert.Equal(unknownStack, problems.Single());
    }

    [Fact]
    public void An_empty_readout_has_buckets_but_no_series_and_no_peak()
    {
        var range = new DayRange(Monday, Monday + 6, "7d");
        var figures = VolumeCalculator.Compute(new VolumeReadout(range, StackBy.Region, Later, [], 0, 7, 7), Granularity.Day);

        Assert.True(figures.IsEmpty);
        Assert.Equal(7, figures.Buckets.Count);
        Assert.Empty(figures.Series);
        Assert.Null(figures.Peak);
        Assert.All(figures.OnTimeRates, r => Assert.Null(r));
        Assert.Null(figures.Headline.GrowthPercent);
    }

    [Fact]
    public void Ranges_from_the_address_are_validated_and_presets_end_today()
    {
        var today = Monday + 10;
        Assert.Equal(new DayRange(today - 6, today, "7d"), DayRange.Parse("7d", null, null, today).Range);
        Assert.Equal(OperationsCalendar.DayOf(new DateOnly(2026, 1, 1)), DayRange.Parse("ytd", null, null, today).Range.FromDay);

        var (custom, none) = DayRange.Parse(null, "2026-11-02", "2026-11-04", today);
        Assert.Empty(none);
        Assert.Equal((Monday, Monday + 2, 3), (custom.FromDay, custom.ToDay, custom.Days));
        Assert.Equal(new DayRange(Monday - 3, Monday - 1, "custom"), custom.Prior);

        Assert.Single(DayRange.Parse("fortnight", null, null, today).Problems);
        Assert.Contains("after the end", DayRange.Parse(null, "2026-11-05", "2026-11-04", today).Problems.Single());
        Assert.Contains("future", DayRange.Parse(null, "2026-11-02", "2027-01-01", today).Problems.Single());
        Assert.Contains("not a date", DayRange.Parse(null, "2 Nov", "2026-11-04", today).Problems.Single());
        Assert.Equal("30d", DayRange.Parse(null, "2026-11-05", null, today).Range.PresetKey);
    }

    [Fact]
    public void Late_first_attempts_split_by_party_are_shares_of_each_periods_first_attempts_and_own_fault_counts_only_the_couriers()
    {
        var range = new DayRange(Monday, Monday + 1, "custom");
        var readout = new VolumeReadout(range, StackBy.Carrier, Later,
        [
            new(Monday, Zto, 100, FirstAttempts: 40, OnTimeFirstAttempts: 30, 0, new PartyCounts(0, 6, 0, 0, 4, 0)),
            new(Monday, Sto, 50, FirstAttempts: 10, OnTimeFirstAttempts: 8, 0, new PartyCounts(0, 0, 0, 2, 0, 0)),
            new(Monday + 1, Zto, 20, FirstAttempts: 0, OnTimeFirstAttempts: 0, 0),
        ], 0, 2, 2)
        {
            Carriers = [new CarrierOnTime(Sto, 10, 8, 0), new CarrierOnTime(Zto, 40, 30, 6), new CarrierOnTime(Yto, 0, 0, 0)],
        };

        var figures = VolumeCalculator.Compute(readout, Granularity.Day);

        Assert.Equal([50L, 0L], figures.FirstAttempts);
        Assert.Equal([0.12, null], figures.LateShare(LateParty.Courier));   // 6 / 50
        Assert.Equal([0.08, null], figures.LateShare(LateParty.Recipient)); // 4 / 50
        Assert.Equal([0.04, null], figures.LateShare(LateParty.Customs));   // 2 / 50
        Assert.Equal([Zto, Sto], figures.Carriers.Select(c => c.CarrierId)); // reference order, none without attempts
        Assert.Equal((0.75, 0.85), (figures.Carriers[0].Rate!.Value, figures.Carriers[0].OwnFaultRate!.Value)); // 30/40, (40-6)/40
        Assert.Equal((0.8, 1.0), (figures.Carriers[1].Rate!.Value, figures.Carriers[1].OwnFaultRate!.Value));   // customs' lateness is not STO's
    }
}

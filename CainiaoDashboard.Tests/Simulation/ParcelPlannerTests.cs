using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Simulation;

/// <summary>Parcel lifecycles as the planner draws them, seen through the engine's output.</summary>
public class ParcelPlannerTests
{
    private static IReadOnlyList<ParcelLife> Lives => SimulatedLives.Default;

    private static int RegionOfHub(int hubId) => ReferenceData.Hubs.Single(h => h.Id == hubId).RegionId;

    private static Lane LaneOf(ParcelLife life) => ReferenceData.Lanes.Single(l => l.Id == life.Registration.LaneId);

    [Theory]
    [InlineData(1, 0, 12)]     // same-day: within hours
    [InlineData(2, 12, 40)]    // next-day: about a day
    [InlineData(3, 48, 96)]    // standard: two to four days
    [InlineData(4, 168, 480)]  // cross-border: one to three weeks
    public void Order_to_delivery_times_fall_in_the_service_range_for_the_large_majority(int serviceLevelId, double minHours, double maxHours)
    {
        var hours = Lives.Where(l => l.Registration.ServiceLevelId == serviceLevelId && l.Delivered is not null)
            .Select(l => (l.Delivered!.EventUtc - l.Registration.CreatedUtc).TotalHours).ToList();

        Assert.True(hours.Count > 500, $"only {hours.Count} delivered parcels");
        var share = hours.Count(h => h >= minHours && h <= maxHours) / (double)hours.Count;
        Assert.True(share >= 0.85, $"{share:P1} within {minHours}-{maxHours} h");
    }

    [Fact]
    public void Every_parcel_starts_with_order_info_and_pick_up_at_the_origin_and_ends_delivered_or_returned()
    {
        Assert.All(Lives, life =>
        {
            var origin = LaneOf(life).OriginRegionId;
            Assert.Equal("CREATE", life.Events[0].RawCode);
            Assert.Equal("GOT", life.Events[1].RawCode);
            Assert.Equal(origin, RegionOfHub(life.Events[1].HubId!.Value));
            Assert.Contains(life.Events[^1].Status, new[] { ParcelStatus.Delivered, ParcelStatus.ReturnToSender });
            Assert.Equal(1, life.Events.Count(e => e.Status.IsFinal()));
        });
        var returned = Lives.Count(l => l.Events[^1].Status == ParcelStatus.ReturnToSender) / (double)Lives.Count;
        Assert.InRange(returned, 0.001, 0.02);
    }

    [Fact]
    public void A_parcels_events_strictly_increase_in_time_and_follow_its_registration()
    {
        Assert.All(Lives, life =>
        {
            Assert.True(life.Events[0].EventUtc > life.Registration.CreatedUtc);
            Assert.True(life.Events.Zip(life.Events.Skip(1)).All(pair => pair.First.EventUtc < pair.Second.EventUtc));
        });
    }

    [Fact]
    public void Domestic_parcels_pass_the_origin_then_the_destination_region_sorting_centres()
    {
        Assert.All(Lives.Where(l => !l.IsCrossBorder), life =>
        {
            var lane = LaneOf(life);
            var hubScans = life.Events.Where(e => e.RawCode is "ARRIVAL" or "DEPARTURE").ToList();
            Assert.Equal(lane.OriginRegionId, RegionOfHub(hubScans[0].HubId!.Value));
            Assert.Equal(lane.DestinationRegionId, RegionOfHub(hubScans[^1].HubId!.Value));
            Assert.Equal(lane.DestinationRegionId, RegionOfHub(life.Events.First(e => e.RawCode == "SENT_SCAN").HubId!.Value));
            Assert.All(life.Events, e => Assert.Equal(life.Registration.CarrierId, e.CarrierId));
        });
    }

    [Fact]
    public void Failed_attempts_are_followed_by_a_re_attempt_collection_or_return()
    {
        var failed = Lives.Where(l => l.FirstAttempt.Status == ParcelStatus.AttemptFailed).ToList();

        Assert.True(failed.Count > 100);
        Assert.All(failed, life =>
        {
            var after = life.Events.SkipWhile(e => e != life.FirstAttempt).Skip(1).ToList();
            Assert.NotEmpty(after);
            Assert.Contains(after[0].RawCode, new[] { "SENT_SCAN", "PICKUP_READY", "RETURN" });
        });
    }

    [Fact]
    public void Every_event_is_coded_as_the_ingest_normalises_it()
    {
        Assert.All(Lives.SelectMany(l => l.Events), e =>
        {
            Assert.True(CarrierStatusCodes.TryNormalise(e.RawCode, out var status, out var subStatus));
            Assert.Equal((status, subStatus), (e.Status, e.SubStatus));
            Assert.True(e.SubStatus.Fits(e.Status));
            Assert.Equal(DateTimeKind.Utc, e.EventUtc.Kind);
            Assert.Equal(0, e.EventUtc.Ticks % TimeSpan.TicksPerSecond);
            Assert.Equal(e.RawCode == "HANDOVER", e.Handover is not null);
        });
    }

    [Fact]
    public void Raw_texts_are_in_the_carriers_own_language_and_name_the_hub()
    {
        static bool IsChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
        var events = Lives.SelectMany(l => l.Events).ToList();

        Assert.All(events.Where(e => e.CarrierId <= 3), e => Assert.True(IsChinese(e.RawText), e.RawText));
        Assert.All(events.Where(e => e.CarrierId > 3), e => Assert.False(IsChinese(e.RawText), e.RawText));
        Assert.Contains(events, e => e.CarrierId == Zto && e.RawText == "快件已被【杭州转运中心】揽收");
        Assert.True(events.Select(e => e.RawText).Distinct().Count() > 200);
    }

    [Fact]
    public void Registrations_promise_the_service_level_and_carry_plausible_recipients()
    {
        var promise = ReferenceData.ServiceLevels.ToDictionary(s => s.Id, s => s.PromiseHours);

        Assert.All(Lives.Select(l => l.Registration), r =>
        {
            Assert.Equal(r.CreatedUtc.AddHours(promise[r.ServiceLevelId]), r.PromisedUtc);
            Assert.InRange(r.CarrierId, 1, 3);
            Assert.False(string.IsNullOrWhiteSpace(r.RecipientName));
            Assert.False(string.IsNullOrWhiteSpace(r.RecipientPhone));
            Assert.False(string.IsNullOrWhiteSpace(r.RecipientAddress));
        });
        var domestic = Lives.First(l => !l.IsCrossBorder).Registration;
        Assert.Matches(@"^1[3-9]\d{9}$", domestic.RecipientPhone);
        Assert.Matches(@"[\u4e00-\u9fff]", domestic.RecipientAddress);
        Assert.Matches(@"^\+\d", Lives.First(l => l.IsCrossBorder).Registration.RecipientPhone);
    }

    [Fact]
    public void Couriers_knock_on_doors_by_day()
    {
        var domesticAttempts = Lives.Where(l => !l.IsCrossBorder).Select(l => l.FirstAttempt.EventUtc.AddHours(8).Hour).ToList();

        // A scan nudged a minute on by its neighbour may cross closing time; nothing lands in the night.
        Assert.True(domesticAttempts.Count(hour => hour is < 8 or > 21) <= domesticAttempts.Count / 1000);
    }
}

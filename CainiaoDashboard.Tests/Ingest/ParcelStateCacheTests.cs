using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Ingest;

public sealed class ParcelStateCacheTests
{
    [Fact]
    public void A_parcel_is_found_by_each_of_its_numbers_with_the_carrier_of_that_number_and_its_latest_saved_state()
    {
        var cache = new ParcelStateCache(generationSize: 10);
        cache.Remember("ZT1", State(1), Zto);
        cache.Remember("9400100000000000000001", State(1), Usps);

        cache.Saved(State(1) with { Status = ParcelStatus.InTransit });

        Assert.True(cache.TryGet("9400100000000000000001", out var state, out var carrier));
        Assert.Equal((1L, ParcelStatus.InTransit, Usps), (state.Id, state.Status, carrier));
        Assert.True(cache.TryGet("ZT1", out _, out var booked));
        Assert.Equal(Zto, booked);
        Assert.False(cache.TryGet("ZT2", out _, out _));
    }

    [Fact]
    public void A_state_read_again_does_not_replace_the_one_held_which_may_be_newer()
    {
        var cache = new ParcelStateCache(generationSize: 10);
        cache.Saved(State(1) with { Status = ParcelStatus.OutForDelivery });

        cache.Remember("ZT1", State(1), Zto);

        Assert.True(cache.TryGet("ZT1", out var state, out _));
        Assert.Equal(ParcelStatus.OutForDelivery, state.Status);
    }

    [Fact]
    public void Parcels_not_scanned_for_two_generations_are_forgotten_and_those_still_scanned_stay()
    {
        var cache = new ParcelStateCache(generationSize: 3);
        for (var id = 1; id <= 3; id++) cache.Remember($"ZT{id}", State(id), Zto);
        for (var id = 4; id <= 6; id++)
        {
            cache.Remember($"ZT{id}", State(id), Zto);
            Assert.True(cache.TryGet("ZT1", out _, out _));
        }

        for (var id = 7; id <= 9; id++) cache.Remember($"ZT{id}", State(id), Zto);

        Assert.True(cache.TryGet("ZT1", out _, out _));
        Assert.False(cache.TryGet("ZT2", out _, out _));
        Assert.True(cache.TryGet("ZT9", out _, out _));
        Assert.InRange(cache.Count, 3, 6);
    }

    [Theory]
    [InlineData(ParcelStatus.Delivered)]
    [InlineData(ParcelStatus.ReturnToSender)]
    [InlineData(ParcelStatus.Cancelled)]
    public void A_finished_parcel_is_not_kept_so_a_later_scan_reads_it_back(ParcelStatus finished)
    {
        var cache = new ParcelStateCache(generationSize: 10);
        cache.Remember("ZT1", State(1), Zto);

        cache.Saved(State(1) with { Status = finished });

        Assert.False(cache.TryGet("ZT1", out _, out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void A_forgotten_number_is_not_found_and_the_parcels_other_numbers_still_are()
    {
        var cache = new ParcelStateCache(generationSize: 10);
        cache.Remember("ZT1", State(1), Zto);
        cache.Remember("9400100000000000000001", State(1), Usps);

        cache.Forget("ZT1");

        Assert.False(cache.TryGet("ZT1", out _, out _));
        Assert.True(cache.TryGet("9400100000000000000001", out _, out _));
    }

    [Fact]
    public void Numbers_are_bounded_by_the_generations_even_when_finished_parcels_leave_few_states()
    {
        var cache = new ParcelStateCache(generationSize: 3);
        for (var id = 1; id <= 30; id++)
        {
            cache.Remember($"ZT{id}", State(id), Zto);
            cache.Saved(State(id) with { Status = ParcelStatus.Delivered });
        }

        Assert.InRange(cache.NumberCount, 1, 6);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Clear_forgets_everything()
    {
        var cache = new ParcelStateCache(generationSize: 10);
        cache.Remember("ZT1", State(1), Zto);

        cache.Clear();

        Assert.False(cache.TryGet("ZT1", out _, out _));
        Assert.Equal(0, cache.Count);
    }

    private static ParcelState State(long id) => new()
    {
        Id = id, CarrierId = Zto, LaneId = EastToEast, ServiceLevelId = NextDay, BookedCarrierId = Zto, ChannelId = Tmall,
        CreatedUtc = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), PromisedUtc = new DateTime(2026, 11, 2, 12, 0, 0, DateTimeKind.Utc),
    };
}

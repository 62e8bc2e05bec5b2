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
        cache.Saved(State(1) with { Status = ParcelStatus.Delivered });

        cache.Remember("ZT1", State(1), Zto);

        Assert.True(cache.TryGet("ZT1", out var state, out _));
        Assert.Equal(ParcelStatus.Delivered, state.Status);
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

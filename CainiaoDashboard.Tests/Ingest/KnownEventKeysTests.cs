using System.Runtime.CompilerServices;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;

namespace CainiaoDashboard.Tests.Ingest;

public sealed class KnownEventKeysTests
{
    private static readonly CarrierEvent Scan = new(1, "e1", "ZT0001", ParcelStatus.PickedUp,
        ParcelSubStatus.None, "GOT", "GOT", 1, new DateTime(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void A_registered_parcel_is_tracked_with_no_events_until_it_finishes()
    {
        var known = new KnownEventKeys(limit: 10);

        Assert.True(Unsafe.IsNullRef(ref known.Of(7)));
        known.Registered(7);
        Assert.False(Unsafe.IsNullRef(ref known.Of(7)));
        Assert.True(known.Of(7).Entries.IsEmpty);

        known.Of(7).Add(KnownEventKeys.KeyOf(Scan), heldBackNumber: 42);
        var entry = Assert.Single(known.Of(7).Entries.ToArray());
        Assert.Equal(KnownEventKeys.KeyOf(Scan), KnownEventKeys.KeyOf(entry));
        Assert.Equal(42u, KnownEventKeys.HeldBackNumberOf(entry));

        known.Finished(7);
        Assert.True(Unsafe.IsNullRef(ref known.Of(7)));
    }

    [Fact]
    public void A_parcel_keeps_every_key_of_its_scans_however_many()
    {
        var known = new KnownEventKeys(limit: 10);
        known.Registered(1);

        for (var i = 0; i < 20; i++) known.Of(1).Add(KnownEventKeys.KeyOf(Scan with { CarrierEventId = $"e{i}" }), (uint)i);

        Assert.Equal(Enumerable.Range(0, 20).Select(i => (uint)i), known.Of(1).Entries.ToArray().Select(KnownEventKeys.HeldBackNumberOf));
        Assert.Equal(KnownEventKeys.KeyOf(Scan with { CarrierEventId = "e19" }), KnownEventKeys.KeyOf(known.Of(1).Entries[19]));
    }

    [Fact]
    public void Past_its_limit_it_forgets_every_parcel_and_tracks_the_new_one()
    {
        var known = new KnownEventKeys(limit: 2);
        known.Registered(1);
        known.Registered(2);

        known.Registered(3);

        Assert.True(Unsafe.IsNullRef(ref known.Of(1)));
        Assert.True(Unsafe.IsNullRef(ref known.Of(2)));
        Assert.False(Unsafe.IsNullRef(ref known.Of(3)));
    }
}

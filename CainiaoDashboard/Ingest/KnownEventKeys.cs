using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// For the parcels this writer registered, a short hash of every event stored for each (carrier and carrier event id),
/// complete because the writer stored each of them itself: an event whose hash is not among its parcel's cannot be a
/// repeat, so it needs no look-up in the store before it is written. A hash that is there may be a repeat or another
/// event with the same hash; the caller decides. Each key also keeps the number the caller gave its event when it held
/// it back to write later. Parcels are dropped when they finish, and all of them when more than
/// <paramref name="limit"/> are tracked (their events are then checked in the store, as for any parcel registered before
/// the writer started).
/// </summary>
internal sealed class KnownEventKeys(int limit)
{
    private readonly Dictionary<long, Keys> parcels = [];

    public static int KeyOf(CarrierEvent e) => HashCode.Combine(e.CarrierId, e.CarrierEventId);

    /// <summary>A parcel just registered: it has no events yet.</summary>
    public void Registered(long parcelId)
    {
        if (parcels.Count >= limit) parcels.Clear();
        parcels[parcelId] = default;
    }

    /// <summary>
    /// The parcel's keys, to check an event against and add it to; a null reference when the parcel's events are not all
    /// known here (only the store can tell).
    /// </summary>
    public ref Keys Of(long parcelId) => ref CollectionsMarshal.GetValueRefOrNullRef(parcels, parcelId);

    public void Finished(long parcelId) => parcels.Remove(parcelId);

    public void Clear() => parcels.Clear();

    /// <summary>
    /// A parcel's keys: a handful (a parcel's scans), so an array searched in order. Each entry holds the key (high half)
    /// and the number the caller gave the event when it held it back (low half).
    /// </summary>
    public struct Keys
    {
        private long[]? entries;
        private int count;

        public readonly ReadOnlySpan<long> Entries => entries.AsSpan(0, count);

        public void Add(int key, uint heldBackNumber)
        {
            entries ??= new long[8];
            if (count == entries.Length) Array.Resize(ref entries, count * 2);
            entries[count++] = ((long)key << 32) | heldBackNumber;
        }
    }

    public static int KeyOf(long entry) => (int)(entry >> 32);

    public static uint HeldBackNumberOf(long entry) => (uint)entry;
}

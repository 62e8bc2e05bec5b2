using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// The writer's copy of the parcels it has seen lately, so that a scan of a parcel in flight needs no read: live
/// traffic scans the same parcels over and over for a few days. Two facts are kept: which parcel and carrier a
/// tracking number belongs to (it never changes), and each parcel's state as last saved. Only the one writer changes
/// parcels, so the copy stays true as long as the writer updates it after each save and drops it when a batch fails.
/// Bounded: when the newer of two generations is full (of states or of numbers), the older is dropped and anything
/// still scanned moves up. Finished parcels are not kept: a late or repeated scan of one reads it back, and keeping them
/// filled the cache with the history of every parcel delivered (after a 90-day seed, a million parcels no scan would
/// ever ask for again), where the parcels in flight belong.
/// </summary>
internal sealed class ParcelStateCache(int generationSize)
{
    private Dictionary<string, (long ParcelId, int CarrierId)> numbers = new(StringComparer.Ordinal), olderNumbers = new(StringComparer.Ordinal);
    private Dictionary<long, ParcelState> states = [], olderStates = [];

    public int Count => states.Count + olderStates.Count;

    public int NumberCount => numbers.Count + olderNumbers.Count;

    public bool TryGet(string trackingNumber, out ParcelState state, out int carrierOfNumber)
    {
        state = null!;
        carrierOfNumber = 0;
        if (!numbers.TryGetValue(trackingNumber, out var number))
        {
            if (!olderNumbers.Remove(trackingNumber, out number)) return false;
            numbers[trackingNumber] = number;
        }

        if (!states.TryGetValue(number.ParcelId, out var found))
        {
            if (!olderStates.Remove(number.ParcelId, out found)) return false;
            Keep(found);
        }

        state = found;
        carrierOfNumber = number.CarrierId;
        return true;
    }

    /// <summary>A parcel as read: its state is taken only if none is held, since a held one may be newer.</summary>
    public void Remember(string trackingNumber, ParcelState state, int carrierOfNumber)
    {
        if (numbers.Count >= generationSize && !numbers.ContainsKey(trackingNumber)) Rotate();
        numbers[trackingNumber] = (state.Id, carrierOfNumber);
        if (!states.ContainsKey(state.Id) && !olderStates.ContainsKey(state.Id)) Keep(state);
    }

    /// <summary>The parcel as just saved.</summary>
    public void Saved(ParcelState state)
    {
        olderStates.Remove(state.Id);
        if (state.Status.IsFinal())
        {
            states.Remove(state.Id);
            return;
        }

        Keep(state);
    }

    /// <summary>A number whose parcel is finished: nothing is likely to ask for it again.</summary>
    public void Forget(string trackingNumber)
    {
        numbers.Remove(trackingNumber);
        olderNumbers.Remove(trackingNumber);
    }

    public void Clear()
    {
        numbers.Clear();
        olderNumbers.Clear();
        states.Clear();
        olderStates.Clear();
    }

    private void Keep(ParcelState state)
    {
        if (states.Count >= generationSize && !states.ContainsKey(state.Id)) Rotate();
        states[state.Id] = state;
    }

    private void Rotate()
    {
        (olderStates, states) = (states, []);
        (olderNumbers, numbers) = (numbers, new Dictionary<string, (long, int)>(StringComparer.Ordinal));
    }
}

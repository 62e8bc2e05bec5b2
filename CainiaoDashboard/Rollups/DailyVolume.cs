namespace CainiaoDashboard.Rollups;

/// <summary>
/// Executive volume counters per China Standard Time day x booked carrier x sales channel x service level x
/// destination region (regions rather than lanes: five times fewer rows to scan for a range), maintained by the ingest writer in the same transaction as the events. Parcels count on the day they
/// were created, first attempts on the day of the attempt, complaints on the day they were opened.
/// <see cref="CarrierId"/> is the courier the parcel was booked with: it does not move at a hand-over.
/// </summary>
public sealed class DailyVolume
{
    /// <summary>Whole CST days since 1970-01-01 (CST has no daylight saving: days are 24 whole UTC hours).</summary>
    public int Day { get; set; }
    public int CarrierId { get; set; }
    public int ChannelId { get; set; }
    public int ServiceLevelId { get; set; }
    /// <summary>The destination region of the parcel's lane.</summary>
    public int RegionId { get; set; }

    /// <summary>Whether the counts are the simulator's parcels' (<c>SIM-</c> numbers), kept apart so figures can leave them out.</summary>
    public bool Simulated { get; set; }

    public long Created { get; set; }
    public long FirstAttempts { get; set; }
    public long OnTimeFirstAttempts { get; set; }
    public long Complaints { get; set; }

    // First attempts after the promise, per party the lateness is counted against (Domain.LateParties): they add up to
    // FirstAttempts - OnTimeFirstAttempts.
    public long LateFirstAttemptsShipper { get; set; }
    public long LateFirstAttemptsCourier { get; set; }
    public long LateFirstAttemptsPartner { get; set; }
    public long LateFirstAttemptsCustoms { get; set; }
    public long LateFirstAttemptsRecipient { get; set; }
    public long LateFirstAttemptsWeather { get; set; }
}

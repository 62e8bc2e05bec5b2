namespace CainiaoDashboard.Rollups;

/// <summary>
/// One counter cell of one rollup table; the writer nets +1 / -1 deltas per cell before writing.
/// Daily cells use <see cref="ChannelId"/>, the CST day in <see cref="Bucket"/> and the destination region in
/// <see cref="LaneId"/>; flow cells keep the
/// hand-over carrier in <see cref="CarrierId"/> and the origin hub in <see cref="HubId"/>. <see cref="Simulated"/> is every
/// table's last key column.
/// </summary>
internal readonly record struct RollupDelta(
    RollupTable Table, bool Simulated, long Bucket, int CarrierId, int LaneId, int ServiceLevelId, int HubId, int Slot, int ChannelId = 0)
{
    public static long HourOf(DateTime utc) => utc.Ticks / TimeSpan.TicksPerHour - UnixEpochHours;
    public static long DayOf(DateTime utc) => utc.Ticks / TimeSpan.TicksPerDay - UnixEpochDays;

    private static readonly long UnixEpochHours = DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerHour;
    private static readonly long UnixEpochDays = DateTime.UnixEpoch.Ticks / TimeSpan.TicksPerDay;
}

using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// Builds hour buckets from hourly-rollup rows in hour order (<see cref="ColumnNames"/>, in that order), summing over
/// hubs as the rows stream in; the same for either engine's reader.
/// </summary>
internal sealed class HourBucketRows
{
    public static readonly string[] ColumnNames =
    [
        "BucketHour", "CarrierId", "LaneId", "ServiceLevelId", "HubId", "Events", "HubDepartures", "Created", "PickedUp", "FirstAttempts",
        "OnTimeFirstAttempts", "FirstAttemptDelivered", "Delivered", "ExceptionParcels", "Complaints",
        "LateDeliveredShipper", "LateDeliveredCourier", "LateDeliveredPartner", "LateDeliveredCustoms", "LateDeliveredRecipient",
        "LateDeliveredWeather", "OwnFaultLateFirstAttempts",
    ];

    private readonly List<HourBucket> buckets = [];
    private HourBucket.Builder? builder;

    public void Add<TRow>(TRow row) where TRow : IStoredRow, allows ref struct
    {
        var hour = row.Int64(0);
        if (builder?.Hour != hour)
        {
            if (builder is not null) buckets.Add(builder.Build());
            builder = new HourBucket.Builder(hour);
        }

        int carrier = row.Int32(1), lane = row.Int32(2), service = row.Int32(3);
        long firstAttempts = row.Int64(9), onTime = row.Int64(10);
        var lateDelivered = new PartyCounts(row.Int64(15), row.Int64(16), row.Int64(17), row.Int64(18), row.Int64(19), row.Int64(20));
        builder.Add(new HourCell(hour, carrier, lane, service, row.Int64(5), row.Int64(7), row.Int64(8),
            firstAttempts, onTime, row.Int64(11), row.Int64(12), row.Int64(13), row.Int64(14), lateDelivered, row.Int64(21)));
        builder.Add(new HubHourCell(hour, carrier, lane, service, row.Int32(4), row.Int64(6), firstAttempts, onTime));
    }

    public List<HourBucket> Build()
    {
        if (builder is not null) buckets.Add(builder.Build());
        builder = null;
        return buckets;
    }
}

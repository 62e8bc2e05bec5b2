using CainiaoDashboard.Data;
using CainiaoDashboard.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>Every row of LastScanCounts, zeros included, as "service/hour/carrier/lane/simulated:parcels" in key order.</summary>
public static class LastScanCells
{
    public static async Task<List<string>> ReadAsync(CainiaoDbContext db, CancellationToken ct)
    {
        var rows = await db.LastScanCounts.AsNoTracking().ToListAsync(ct);
        return [.. rows.Select(r => Text(r.ServiceLevelId, r.BucketHour, r.CarrierId, r.LaneId, r.Simulated, r.Parcels)).Order(StringComparer.Ordinal)];
    }

    public static string Text(int serviceLevelId, long hour, int carrierId, int laneId, bool simulated, long parcels) =>
        $"{serviceLevelId}/{hour}/{carrierId}/{laneId}/{simulated}:{parcels}";
}

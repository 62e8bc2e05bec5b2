using CainiaoDashboard.Data;
using CainiaoDashboard.Rollups;
using CainiaoDashboard.Simulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Executive;

/// <summary>One lane x origin hub x hand-over carrier of <see cref="Data.Rollups.DailyFlow"/>, summed over the range.</summary>
public readonly record struct FlowCell(int LaneId, int HubId, int HandoverCarrierId, long Parcels, long FirstAttempts, long OnTimeFirstAttempts, long Delivered);

public readonly record struct FlowTransitCell(int LaneId, int HubId, int HandoverCarrierId, int Bucket, long Parcels);

public sealed record FlowReadout(DayRange Range, DateTime AsOfUtc, IReadOnlyList<FlowCell> Cells, IReadOnlyList<FlowTransitCell> Transit);

/// <summary>
/// Reads the flow rollups for a range of creation days: two grouped scans, no raw events. With
/// <see cref="SimulatorOptions.HideParcels"/>, the simulator's parcels are left out.
/// </summary>
public sealed class FlowQuery(IDbContextFactory<CainiaoDbContext> contexts, IOptions<SimulatorOptions>? simulator = null)
{
    private readonly bool realOnly = simulator?.Value.HideParcels == true;

    public async Task<FlowReadout> ReadAsync(DayRange range, DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var (from, to) = (range.FromDay, range.ToDay);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cells = await db.DailyFlows.AsNoTracking()
            .Where(r => r.Day >= from && r.Day <= to && (!realOnly || !r.Simulated))
            .GroupBy(r => new { r.LaneId, r.HubId, r.HandoverCarrierId })
            .Select(g => new FlowCell(g.Key.LaneId, g.Key.HubId, g.Key.HandoverCarrierId, g.Sum(r => r.Parcels), g.Sum(r => r.FirstAttempts),
                g.Sum(r => r.OnTimeFirstAttempts), g.Sum(r => r.Delivered)))
            .ToListAsync(cancellationToken);
        var transit = await db.FlowTransitHistograms.AsNoTracking()
            .Where(r => r.Day >= from && r.Day <= to && r.Parcels != 0 && (!realOnly || !r.Simulated))
            .GroupBy(r => new { r.LaneId, r.HubId, r.HandoverCarrierId, r.TransitBucket })
            .Select(g => new FlowTransitCell(g.Key.LaneId, g.Key.HubId, g.Key.HandoverCarrierId, g.Key.TransitBucket, g.Sum(r => r.Parcels)))
            .ToListAsync(cancellationToken);
        return new FlowReadout(range, nowUtc, cells.Where(c => c.Parcels != 0).ToList(), transit);
    }
}

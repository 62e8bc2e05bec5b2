using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Features.Admin;

/// <summary>One carrier code the dashboard has no mapping for: how many scans came with it, when last, and one of its texts.</summary>
public sealed record UnmappedCode(string Carrier, string RawCode, long Scans, DateTime LastReceivedUtc, string SampleText);

/// <summary>
/// The carrier codes stored as <see cref="ParcelStatus.Unknown"/>, most scans first: a gap in a webhook format's mapping
/// table shows here at once. The partial index of unmapped scans finds them; mapped scans are never read.
/// </summary>
public sealed class UnmappedCodesQuery(IDbContextFactory<CainiaoDbContext> contexts)
{
    public const int MaxCodes = 50;

    public async Task<IReadOnlyList<UnmappedCode>> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var codes = await db.TrackingEvents.AsNoTracking()
            .Where(e => e.Status == ParcelStatus.Unknown)
            .GroupBy(e => new { e.CarrierId, e.RawCode })
            .Select(g => new { g.Key.CarrierId, g.Key.RawCode, Scans = g.LongCount(), LastReceived = g.Max(e => e.ReceivedUtc), Sample = g.Max(e => e.RawText) })
            .OrderByDescending(c => c.Scans).ThenBy(c => c.CarrierId).ThenBy(c => c.RawCode)
            .Take(MaxCodes)
            .ToListAsync(cancellationToken);
        return [.. codes.Select(c => new UnmappedCode(ReferenceData.Carrier(c.CarrierId).Code, c.RawCode, c.Scans,
            DateTime.SpecifyKind(c.LastReceived, DateTimeKind.Utc), c.Sample ?? ""))];
    }
}

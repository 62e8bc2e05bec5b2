using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Simulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CainiaoDashboard.Features.Parcels;

public sealed record TrackingNumberHit(string TrackingNumber, string CarrierCode, string ParcelTrackingNumber);

/// <summary>What the header search found: an exact tracking number, or up to a few numbers that start with the input.</summary>
public sealed record ParcelSearchResult(string Query, string? ExactMatch, IReadOnlyList<TrackingNumberHit> PrefixMatches)
{
    public bool IsEmpty => ExactMatch is null && PrefixMatches.Count == 0;
}

/// <summary>
/// Finds parcels by any of their tracking numbers (the first carrier's or a partner's after hand-over),
/// through the primary key of <c>ParcelTrackingNumbers</c>: an exact match, or a range scan for a prefix.
/// </summary>
public sealed class ParcelLookup(IDbContextFactory<CainiaoDbContext> contexts, IOptions<SimulatorOptions>? simulator = null)
{
    public const int MaxPrefixMatches = 8;
    public const int MinPrefixLength = 4;
    public const int MaxLength = 40;

    /// <summary>Tracking numbers are stored in upper case without spaces; so is the input before searching.</summary>
    public static string Normalise(string? input) =>
        new string((input ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    public async Task<ParcelSearchResult> SearchAsync(string? input, CancellationToken cancellationToken = default)
    {
        var query = Normalise(input);
        if (query.Length == 0 || query.Length > MaxLength) return new ParcelSearchResult(query, null, []);
        var hideSimulated = simulator?.Value.HideParcels == true;
        if (hideSimulated && SimulatedParcels.IsSimulated(query)) return new ParcelSearchResult(query, null, []);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var exact = await db.ParcelTrackingNumbers.AsNoTracking()
            .Where(t => t.TrackingNumber == query)
            .Select(t => t.TrackingNumber)
            .FirstOrDefaultAsync(cancellationToken);
        if (exact is not null || query.Length < MinPrefixLength) return new ParcelSearchResult(query, exact, []);

        // A range over the key instead of LIKE (case-insensitive in SQLite, so it could not use the index).
        var upper = query + '\uffff';
        var hits = await db.ParcelTrackingNumbers.AsNoTracking()
            .Where(t => string.Compare(t.TrackingNumber, query) > 0 && string.Compare(t.TrackingNumber, upper) < 0)
            .OrderBy(t => t.TrackingNumber)
            .Take(MaxPrefixMatches)
            .Join(db.Parcels, t => t.ParcelId, p => p.Id, (t, p) => new { t.TrackingNumber, t.CarrierId, Parcel = p.TrackingNumber })
            .ToListAsync(cancellationToken);
        return new ParcelSearchResult(query, null, hits
            .Where(h => !(hideSimulated && SimulatedParcels.IsSimulated(h.TrackingNumber)))
            .Select(h => new TrackingNumberHit(h.TrackingNumber, ReferenceData.Carrier(h.CarrierId).Code, h.Parcel))
            .ToList());
    }
}

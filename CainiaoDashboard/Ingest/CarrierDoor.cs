using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Ingest;

/// <summary>
/// What the carriers' doors (<c>POST /api/carriers/{carrier}/events</c> and the webhooks) share: the carrier's own key for
/// the carrier in the route, and no tracking number of another carrier's in what it posts.
/// </summary>
public static class CarrierDoor
{
    /// <summary>The route's carrier when the request's key is that carrier's; otherwise the problem to answer with.</summary>
    public static async Task<(Carrier? Carrier, IResult? Problem)> CheckKeyAsync(
        string carrier, HttpContext http, ApiKeys keys, CancellationToken cancellationToken)
    {
        var keyCarrierId = await keys.FindCarrierAsync(http.Request.Headers[ApiKeys.HeaderName], cancellationToken);
        if (keyCarrierId is null)
        {
            return (null, Results.Problem(statusCode: 401, title: "Missing or invalid API key",
                detail: $"Send the carrier's key in the {ApiKeys.HeaderName} header."));
        }

        var route = ReferenceData.Carriers.FirstOrDefault(c => string.Equals(c.Code, carrier, StringComparison.OrdinalIgnoreCase));
        return route is null || route.Id != keyCarrierId
            ? (null, Results.Problem(statusCode: 403, title: "Not your carrier", detail: "This key only posts events for its own carrier."))
            : (route, null);
    }

    /// <summary>403 naming the numbers when any event is on another carrier's parcel (nothing is stored then); else null.</summary>
    public static async Task<IResult?> OtherCarriersNumbersAsync(
        IDbContextFactory<CainiaoDbContext> dbFactory, int carrierId, List<CarrierEvent> events, CancellationToken cancellationToken)
    {
        var foreign = await ForeignTrackingNumbersAsync(dbFactory, carrierId, events, cancellationToken);
        return foreign.Count == 0
            ? null
            : Results.Problem(statusCode: 403, title: "Parcels of another carrier",
                detail: $"Nothing was stored: {string.Join(", ", foreign.Take(10))} belong to another carrier.");
    }

    /// <summary>
    /// The batch's tracking numbers that belong to another carrier: stored as another carrier's, or new numbers that a
    /// hand-over in this same batch gives to another carrier (posting on them afterwards would store part of the batch).
    /// </summary>
    private static async Task<List<string>> ForeignTrackingNumbersAsync(
        IDbContextFactory<CainiaoDbContext> dbFactory, int carrierId, List<CarrierEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0) return [];
        var posted = events.Select(e => e.TrackingNumber).ToHashSet(StringComparer.Ordinal);
        var handedOver = events.Where(e => e.Handover is { } h && h.CarrierId != carrierId)
            .Select(e => e.Handover!.TrackingNumber).ToHashSet(StringComparer.Ordinal);
        var lookUp = posted.Union(handedOver).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.ParcelTrackingNumbers.AsNoTracking()
            .Where(t => lookUp.Contains(t.TrackingNumber))
            .Select(t => new { t.TrackingNumber, t.CarrierId })
            .ToListAsync(cancellationToken);
        // A stored number cannot change hands: the writer rejects such a hand-over, so only new numbers move.
        var storedNumbers = stored.Select(t => t.TrackingNumber).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. stored.Where(t => t.CarrierId != carrierId && posted.Contains(t.TrackingNumber)).Select(t => t.TrackingNumber),
            .. posted.Where(n => handedOver.Contains(n) && !storedNumbers.Contains(n)),
        ];
    }
}

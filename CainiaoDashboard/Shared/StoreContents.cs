using CainiaoDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Shared;

/// <summary>
/// Whether the store holds any parcel yet, for the pages' "no data yet" notice. Asked once per page load until the
/// first parcel arrives; parcels are never deleted, so from then on the answer is kept and costs nothing.
/// </summary>
public sealed class StoreContents(IDbContextFactory<CainiaoDbContext> dbFactory)
{
    private volatile bool hasParcels;

    public async Task<bool> HasParcelsAsync(CancellationToken cancellationToken = default)
    {
        if (hasParcels) return true;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return hasParcels = await db.Parcels.AnyAsync(cancellationToken);
    }
}

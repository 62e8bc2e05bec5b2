using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Features.Admin;

/// <summary>Data endpoints of the admin area (Admin role only; others get 403, anonymous callers 401).</summary>
public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        // The API keys' metadata for scripts (never a key or its hash).
        app.MapGet("/api/admin/api-keys", async (ApiKeys keys, CancellationToken cancellationToken) =>
            TypedResults.Ok((await keys.ListAsync(cancellationToken)).Select(k => new
            {
                k.Id,
                Kind = k.Holder.Kind.ToString(),
                Carrier = k.Holder.CarrierId is { } carrierId ? ReferenceData.Carriers.FirstOrDefault(c => c.Id == carrierId)?.Code : null,
                Platform = k.Holder.PlatformName,
                k.Prefix,
                k.CreatedUtc,
                k.RevokedUtc,
                k.IsActive,
            })))
            .RequireAuthorization(Policies.Admin);
    }
}

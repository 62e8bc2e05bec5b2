using System.Security.Cryptography;
using System.Text;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Ingest;

/// <summary>Whom a key belongs to: a carrier, or a platform system by its name.</summary>
public readonly record struct ApiKeyHolder(ApiKeyKind Kind, int? CarrierId, string? PlatformName)
{
    public static ApiKeyHolder ForCarrier(int carrierId) => new(ApiKeyKind.Carrier, carrierId, null);

    public static ApiKeyHolder ForPlatform(string name) => new(ApiKeyKind.Platform, null, name);

    /// <summary>"ZTO", or "Tmall orders (platform)".</summary>
    public override string ToString()
    {
        var carrierId = CarrierId;
        return Kind == ApiKeyKind.Carrier
            ? ReferenceData.Carriers.FirstOrDefault(c => c.Id == carrierId)?.Code ?? $"carrier {carrierId}"
            : $"{PlatformName} (platform)";
    }
}

/// <summary>A key as the admin page lists it: never the key or its hash.</summary>
public sealed record ApiKeyInfo(int Id, ApiKeyHolder Holder, string Prefix, DateTime CreatedUtc, DateTime? RevokedUtc)
{
    public bool IsActive => RevokedUtc is null;
}

/// <summary>
/// Creates, checks and revokes API keys: carriers' keys for their scans, platform keys for registrations and complaints.
/// Every check reads the database, so a revocation holds at once.
/// </summary>
public sealed class ApiKeys(IDbContextFactory<CainiaoDbContext> dbFactory, TimeProvider time)
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>Creates a key for the carrier and returns it in plain text: the only time it exists unhashed.</summary>
    public Task<string> CreateCarrierKeyAsync(int carrierId, CancellationToken cancellationToken = default) =>
        CreateAsync(ApiKeyHolder.ForCarrier(carrierId), cancellationToken);

    /// <summary>Creates a platform key for the named system; the name must pass <see cref="CheckPlatformName"/>.</summary>
    public Task<string> CreatePlatformKeyAsync(string name, CancellationToken cancellationToken = default) =>
        CheckPlatformName(name) is { } problem
            ? throw new ArgumentException(problem, nameof(name))
            : CreateAsync(ApiKeyHolder.ForPlatform(name.Trim()), cancellationToken);

    /// <summary>Why a platform system's name cannot be used, or null when it can.</summary>
    public static string? CheckPlatformName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Name the system the key is for, for example \"Tmall orders\"."
        : name.Trim().Length > ApiKey.MaxPlatformNameLength ? $"At most {ApiKey.MaxPlatformNameLength} characters."
        : name.Any(char.IsControl) ? "The name may not contain control characters."
        : null;

    private async Task<string> CreateAsync(ApiKeyHolder holder, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = AddNewKey(db, holder);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>
    /// Replaces a live key: in one transaction the old key is revoked and a new one for the same holder created.
    /// Returns the new key in plain text, or null when the old key is unknown or already revoked.
    /// </summary>
    public async Task<string?> RotateAsync(int keyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var old = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.RevokedUtc == null, cancellationToken);
        if (old is null)
        {
            return null;
        }

        old.RevokedUtc = time.GetUtcNow().UtcDateTime;
        var key = AddNewKey(db, new ApiKeyHolder(old.Kind, old.CarrierId, old.PlatformName));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return key;
    }

    /// <summary>Every key, newest first, without secrets.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking()
            .OrderByDescending(k => k.Id)
            .Select(k => new ApiKeyInfo(k.Id, new ApiKeyHolder(k.Kind, k.CarrierId, k.PlatformName), k.Prefix, k.CreatedUtc, k.RevokedUtc))
            .ToListAsync(cancellationToken);
    }

    private string AddNewKey(CainiaoDbContext db, ApiKeyHolder holder)
    {
        // The prefix tells a carrier's key from a platform's at a glance (and in a leaked-secret scan).
        var prefix = holder.Kind == ApiKeyKind.Carrier ? "cnk_" : "cnp_";
        var key = prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.ApiKeys.Add(new ApiKey
        {
            Kind = holder.Kind,
            CarrierId = holder.CarrierId,
            PlatformName = holder.PlatformName,
            KeyHash = Hash(key),
            Prefix = key[..10],
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        return key;
    }

    /// <summary>The carrier a live carrier key belongs to, or null for an unknown or revoked key or a platform key.</summary>
    public async Task<int?> FindCarrierAsync(string? key, CancellationToken cancellationToken = default) =>
        (await FindAsync(key, cancellationToken)) is { Kind: ApiKeyKind.Carrier } holder ? holder.CarrierId : null;

    /// <summary>The system a live platform key belongs to, or null for an unknown or revoked key or a carrier key.</summary>
    public async Task<string?> FindPlatformAsync(string? key, CancellationToken cancellationToken = default) =>
        (await FindAsync(key, cancellationToken)) is { Kind: ApiKeyKind.Platform } holder ? holder.PlatformName : null;

    private async Task<ApiKeyHolder?> FindAsync(string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200)
        {
            return null;
        }

        var hash = Hash(key.Trim());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedUtc == null)
            .Select(k => (ApiKeyHolder?)new ApiKeyHolder(k.Kind, k.CarrierId, k.PlatformName))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(int keyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.ApiKeys.Where(k => k.Id == keyId && k.RevokedUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedUtc, now), cancellationToken) == 1;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

using System.Security.Cryptography;
using System.Text;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Ingest;

/// <summary>A key as the admin page lists it: never the key or its hash.</summary>
public sealed record CarrierKeyInfo(int Id, int CarrierId, string Prefix, DateTime CreatedUtc, DateTime? RevokedUtc)
{
    public bool IsActive => RevokedUtc is null;
}

/// <summary>Creates, checks and revokes carrier API keys. Every check reads the database, so a revocation holds at once.</summary>
public sealed class CarrierApiKeys(IDbContextFactory<CainiaoDbContext> dbFactory, TimeProvider time)
{
    public const string HeaderName = "X-Api-Key";

    /// <summary>Creates a key for the carrier and returns it in plain text: the only time it exists unhashed.</summary>
    public async Task<string> CreateAsync(int carrierId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = AddNewKey(db, carrierId);
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    /// <summary>
    /// Replaces a live key: in one transaction the old key is revoked and a new one for the same carrier created.
    /// Returns the new key in plain text, or null when the old key is unknown or already revoked.
    /// </summary>
    public async Task<string?> RotateAsync(int keyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var old = await db.CarrierApiKeys.FirstOrDefaultAsync(k => k.Id == keyId && k.RevokedUtc == null, cancellationToken);
        if (old is null)
        {
            return null;
        }

        old.RevokedUtc = time.GetUtcNow().UtcDateTime;
        var key = AddNewKey(db, old.CarrierId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return key;
    }

    /// <summary>Every key, newest first, without secrets.</summary>
    public async Task<IReadOnlyList<CarrierKeyInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CarrierApiKeys.AsNoTracking()
            .OrderByDescending(k => k.Id)
            .Select(k => new CarrierKeyInfo(k.Id, k.CarrierId, k.Prefix, k.CreatedUtc, k.RevokedUtc))
            .ToListAsync(cancellationToken);
    }

    private string AddNewKey(CainiaoDbContext db, int carrierId)
    {
        var key = "cnk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.CarrierApiKeys.Add(new CarrierApiKey
        {
            CarrierId = carrierId,
            KeyHash = Hash(key),
            Prefix = key[..10],
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        return key;
    }

    /// <summary>The carrier a live key belongs to, or null for an unknown or revoked key.</summary>
    public async Task<int?> FindCarrierAsync(string? key, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 200)
        {
            return null;
        }

        var hash = Hash(key.Trim());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CarrierApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedUtc == null)
            .Select(k => (int?)k.CarrierId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(int keyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return await db.CarrierApiKeys.Where(k => k.Id == keyId && k.RevokedUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(k => k.RevokedUtc, now), cancellationToken) == 1;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

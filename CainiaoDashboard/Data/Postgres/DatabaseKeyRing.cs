using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Data.Postgres;

/// <summary>
/// ASP.NET Core's data-protection keys in the shared PostgreSQL database, so that every instance behind a load balancer
/// reads the sign-in cookies and antiforgery tokens the others issued (each would otherwise keep its own keys in its
/// machine's profile folder, and a user sent to another machine would be signed out).
/// </summary>
public sealed class DatabaseKeyRing(IDbContextFactory<CainiaoDbContext> contexts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return [.. db.Set<StoredKey>().AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var db = contexts.CreateDbContext();
        db.Set<StoredKey>().Add(new StoredKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}

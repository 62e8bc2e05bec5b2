using CainiaoDashboard.Data;
using CainiaoDashboard.Data.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Infrastructure;

public static class StoreRegistration
{
    /// <summary>
    /// <see cref="IDbContextFactory{CainiaoDbContext}"/> (and the scoped context Identity's stores use) on the configured
    /// engine. On PostgreSQL the contexts are <see cref="PostgresDbContext"/>, so that migrating finds its migrations.
    /// </summary>
    public static void AddCainiaoContexts(this IServiceCollection services, StoreConnection store)
    {
        if (!store.IsPostgres)
        {
            services.AddDbContextFactory<CainiaoDbContext>((provider, options) =>
                store.Configure(options).AddInterceptors(provider.GetRequiredService<QueryCounter>()));
            return;
        }

        services.AddDbContextFactory<PostgresDbContext>((provider, options) =>
            store.Configure(options).AddInterceptors(provider.GetRequiredService<QueryCounter>()));
        services.AddSingleton<IDbContextFactory<CainiaoDbContext>, PostgresContexts>();
        services.AddScoped<CainiaoDbContext>(provider => provider.GetRequiredService<PostgresDbContext>());

        // Every instance signs cookies with the one key ring in the database, under one application name (the default
        // name is the content root, which differs between machines).
        services.AddDataProtection().SetApplicationName("CainiaoDashboard");
        services.AddOptions<KeyManagementOptions>().Configure<IDbContextFactory<CainiaoDbContext>>(
            (options, contexts) => options.XmlRepository = new DatabaseKeyRing(contexts));
    }

    private sealed class PostgresContexts(IDbContextFactory<PostgresDbContext> contexts) : IDbContextFactory<CainiaoDbContext>
    {
        public CainiaoDbContext CreateDbContext() => contexts.CreateDbContext();
    }
}

using CainiaoDashboard.Data;
using Microsoft.Extensions.Configuration;

namespace CainiaoDashboard.Tests.Data;

public sealed class StoreConnectionTests
{
    private readonly TempDirectory contentRoot = new();

    [Fact]
    public void Without_a_provider_the_dashboard_stays_on_its_sqlite_file()
    {
        var store = Resolve(("ConnectionStrings:Cainiao", "Data Source=App_Data/cainiao.db"));

        Assert.Equal(DatabaseProvider.Sqlite, store.Provider);
        Assert.Contains(Path.Combine(contentRoot.Path, "App_Data", "cainiao.db"), store.ConnectionString);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    [InlineData(" POSTGRES ")]
    public void Postgres_takes_a_postgresql_connection_string(string provider)
    {
        var store = Resolve(("Database:Provider", provider), ("ConnectionStrings:Cainiao", "Host=db.example;Database=cainiao;Username=ops"));

        Assert.Equal(DatabaseProvider.Postgres, store.Provider);
        Assert.Contains("Host=db.example", store.ConnectionString);
    }

    [Theory]
    [InlineData("MySql", "Database:Provider is 'MySql'; it must be Sqlite or Postgres.")]
    [InlineData("1", "Database:Provider is '1'; it must be Sqlite or Postgres.")]
    public void An_unknown_provider_is_refused_by_name(string provider, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(("Database:Provider", provider), ("ConnectionStrings:Cainiao", "Data Source=x.db")));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(null, "ConnectionStrings:Cainiao is not set; with Database:Provider = Postgres it is a PostgreSQL connection string")]
    [InlineData("Data Source=App_Data/cainiao.db", "ConnectionStrings:Cainiao is not a valid PostgreSQL connection string")]
    [InlineData("Database=cainiao", "ConnectionStrings:Cainiao names no Host")]
    [InlineData("Host=db.example", "ConnectionStrings:Cainiao names no Database")]
    public void A_sqlite_or_incomplete_connection_string_with_postgres_is_refused_with_an_example(string? connectionString, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(("Database:Provider", "Postgres"), ("ConnectionStrings:Cainiao", connectionString)));

        Assert.StartsWith(message, error.Message);
        Assert.Contains("Host=localhost;Port=5432;Database=cainiao", error.Message);
    }

    private StoreConnection Resolve(params (string Key, string? Value)[] settings) =>
        StoreConnection.Resolve(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, s.Value))).Build(),
            contentRoot.Path);
}

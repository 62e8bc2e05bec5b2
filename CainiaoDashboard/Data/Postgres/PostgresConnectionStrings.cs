using Npgsql;

namespace CainiaoDashboard.Data.Postgres;

public static class PostgresConnectionStrings
{
    /// <summary>
    /// Checks <c>ConnectionStrings:Cainiao</c> as a PostgreSQL connection string: it must parse and name a host and a
    /// database. Whether the server answers is checked when the database is first opened.
    /// </summary>
    public static string Resolve(string? configured)
    {
        const string Setting = SqliteConnectionStrings.Setting;
        const string Example = "\"Host=localhost;Port=5432;Database=cainiao;Username=cainiao;Password=…\"";
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException($"{Setting} is not set; with Database:Provider = Postgres it is a PostgreSQL connection string, for example {Example}.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            throw new InvalidOperationException($"{Setting} is not a valid PostgreSQL connection string ({ex.Message}); for example {Example}.", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.Host)) throw new InvalidOperationException($"{Setting} names no Host; for example {Example}.");
        if (string.IsNullOrWhiteSpace(builder.Database)) throw new InvalidOperationException($"{Setting} names no Database; for example {Example}.");
        return builder.ConnectionString;
    }
}

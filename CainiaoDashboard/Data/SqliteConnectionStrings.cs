using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Data;

public static class SqliteConnectionStrings
{
    /// <summary>
    /// Makes a relative <c>Data Source</c> relative to the content root (not the working directory, which
    /// differs between <c>dotnet run</c>, tests and a published app) and creates its folder.
    /// </summary>
    public static string Resolve(string? configured, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Cainiao is not set. Set it in appsettings.json or ConnectionStrings__Cainiao, " +
                "for example \"Data Source=App_Data/cainiao.db\".");
        }

        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"ConnectionStrings:Cainiao is not a valid SQLite connection string: {ex.Message}", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new InvalidOperationException("ConnectionStrings:Cainiao has no Data Source (the database file).");
        }

        var isInMemory = builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (!isInMemory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        if (!configured.Contains("Pooling", StringComparison.OrdinalIgnoreCase))
        {
            builder.Pooling = true;
        }

        return builder.ToString();
    }
}

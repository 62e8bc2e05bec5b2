using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Data;

public static class SqliteConnectionStrings
{
    public const string Setting = "ConnectionStrings:Cainiao";

    /// <summary>
    /// Makes a relative <c>Data Source</c> relative to the content root (not the working directory, which
    /// differs between <c>dotnet run</c>, tests and a published app) and creates its folder. Refuses an in-memory
    /// database and explains every other bad value by the setting's name.
    /// </summary>
    public static string Resolve(string? configured, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"{Setting} is not set. Set it in appsettings.json or ConnectionStrings__Cainiao, " +
                "for example \"Data Source=App_Data/cainiao.db\".");
        }

        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(configured);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{Setting} is not a valid SQLite connection string: {ex.Message}", ex);
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new InvalidOperationException($"{Setting} has no Data Source (the database file).");
        }

        if (builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            // Each connection would get its own empty database: the migrations would land in one, the app read another.
            throw new InvalidOperationException(
                $"{Setting} is an in-memory database ({builder.DataSource}); the dashboard needs a database file that all its " +
                "connections share, for example \"Data Source=App_Data/cainiao.db\".");
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        var folder = Path.GetDirectoryName(builder.DataSource)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{Setting} points to {builder.DataSource}, whose folder cannot be created: {ex.Message}", ex);
        }

        if (!configured.Contains("Pooling", StringComparison.OrdinalIgnoreCase))
        {
            builder.Pooling = true;
        }

        return builder.ToString();
    }
}

using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Data;

public class DatabaseInitializerTests
{
    [Fact]
    public async Task First_start_creates_and_migrates_the_file_and_a_second_start_reuses_it()
    {
        using var directory = new TempDirectory();
        var file = directory.File("cainiao.db");

        await using (var first = BuildServices(file))
        {
            await first.InitialiseDatabaseAsync(TestContext.Current.CancellationToken);
            await using var db = await first.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            db.Carriers.Add(new Carrier { Code = "TEST", Name = "Survives a restart" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(file));
        SqliteConnection.ClearAllPools();

        await using var second = BuildServices(file);
        await second.InitialiseDatabaseAsync(TestContext.Current.CancellationToken);
        await using var reopened = await second.GetRequiredService<IDbContextFactory<CainiaoDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.True(await reopened.Carriers.AnyAsync(c => c.Code == "TEST", TestContext.Current.CancellationToken));
        Assert.Equal("wal", await JournalModeAsync(reopened));
    }

    private static ServiceProvider BuildServices(string file)
    {
        var services = new ServiceCollection();
        services.AddDbContextFactory<CainiaoDbContext>(options => options.UseCainiaoSqlite($"Data Source={file}"));
        return services.BuildServiceProvider();
    }

    private static async Task<string> JournalModeAsync(CainiaoDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}

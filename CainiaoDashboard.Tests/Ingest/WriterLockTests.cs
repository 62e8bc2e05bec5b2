using CainiaoDashboard.Ingest;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Ingest;

public sealed class WriterLockTests
{
    [Fact]
    public async Task A_second_pipeline_on_the_same_database_fails_to_start_naming_the_file_and_starts_once_the_first_has_stopped()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = await MigratedDatabase.CreateAsync();
        using var first = database.NewPipeline();
        using var second = database.NewPipeline();
        await first.StartAsync(ct);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => second.StartAsync(ct));
        Assert.StartsWith($"Another process is writing to {Path.Combine(database.FolderPath, "test.db")}", refused.Message);

        await first.StopAsync(ct);
        await second.StartAsync(ct);
        await TestParcels.RegisterAsync(second, DateTime.UtcNow.AddHours(-1), ct);
        await second.StopAsync(ct);
        await using var db = database.NewContext();
        Assert.Equal(1, await db.Parcels.CountAsync(ct));
    }
}

using System.Globalization;
using System.Text;
using CainiaoDashboard.Data;
using CainiaoDashboard.Domain;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Data;

public sealed class StoredTimeTests
{
    [Fact]
    public void Every_date_time_property_of_the_model_is_read_back_as_utc()
    {
        using var db = SqliteOptions.CreateContext("Data Source=:memory:");

        var times = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
            .Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)).ToList();

        Assert.Contains(times, p => p.Name == nameof(Parcel.DeliveredUtc));
        Assert.All(times, p => Assert.IsType<UtcDateTimeConverter>(p.GetValueConverter()));
    }

    [Fact]
    public async Task Rows_projections_and_aggregates_come_back_with_kind_utc()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = await MigratedDatabase.CreateAsync("times.db");
        await using var db = database.NewContext();
        var created = new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc);
        db.ApiKeys.Add(new ApiKey { Kind = ApiKeyKind.Carrier, CarrierId = Zto, KeyHash = "hash", Prefix = "ck_test", CreatedUtc = created, RevokedUtc = created.AddHours(1) });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var row = await db.ApiKeys.AsNoTracking().SingleAsync(ct);
        var projected = await db.ApiKeys.Select(k => new { k.CreatedUtc, k.RevokedUtc }).SingleAsync(ct);
        var newest = await db.ApiKeys.MaxAsync(k => (DateTime?)k.CreatedUtc, ct);

        Assert.Equal((created, DateTimeKind.Utc, DateTimeKind.Utc), (row.CreatedUtc, row.CreatedUtc.Kind, row.RevokedUtc!.Value.Kind));
        Assert.Equal((DateTimeKind.Utc, DateTimeKind.Utc), (projected.CreatedUtc.Kind, projected.RevokedUtc!.Value.Kind));
        Assert.Equal((created, DateTimeKind.Utc), (newest!.Value, newest.Value.Kind));
    }

    [Fact]
    public void Raw_sql_readers_use_the_same_text_and_kind()
    {
        var at = new DateTime(2026, 11, 20, 8, 30, 15, 250, DateTimeKind.Utc);

        Assert.Equal("2026-11-20 08:30:15.25", StoredTime.ToText(at));
        Assert.Equal((at, DateTimeKind.Utc), (StoredTime.Parse(StoredTime.ToText(at)), StoredTime.Parse(StoredTime.ToText(at)).Kind));
    }

    [Fact]
    public void The_writers_utf8_text_is_exactly_what_the_format_string_gives_for_any_time()
    {
        var random = new Random(20261203);
        var edges = new[]
        {
            DateTime.MinValue, DateTime.MaxValue, new DateTime(2026, 11, 20, 0, 0, 0), new DateTime(2026, 11, 20, 23, 59, 59).AddTicks(1),
            new DateTime(2026, 11, 20, 8, 30, 15, 250), new DateTime(2026, 11, 20, 8, 30, 15).AddTicks(1_000_000), new DateTime(999, 1, 2, 3, 4, 5),
        };
        var randomTimes = Enumerable.Range(0, 20_000).Select(_ => new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks)));
        // Whole seconds and milliseconds, as the simulator and most carriers send them.
        var roundTimes = Enumerable.Range(0, 2_000).Select(_ => new DateTime(2026, 1, 1).AddSeconds(random.Next(0, 31_536_000)).AddMilliseconds(random.Next(0, 3) * random.Next(0, 1000)));

        Span<byte> utf8 = stackalloc byte[StoredTime.MaxUtf8Length];
        foreach (var time in edges.Concat(randomTimes).Concat(roundTimes))
        {
            var written = StoredTime.WriteUtf8(time, utf8);
            Assert.Equal(time.ToString(StoredTime.TextFormat, CultureInfo.InvariantCulture), Encoding.UTF8.GetString(utf8[..written]));
        }
    }

    [Fact]
    public void Stored_utf8_text_is_read_back_as_the_same_utc_time_and_other_forms_as_parse_reads_them()
    {
        var random = new Random(20261204);
        Span<byte> utf8 = stackalloc byte[StoredTime.MaxUtf8Length];
        foreach (var time in Enumerable.Range(0, 20_000).Select(_ => new DateTime(random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks))))
        {
            var read = StoredTime.ParseUtf8(utf8[..StoredTime.WriteUtf8(time, utf8)]);
            Assert.Equal((time, DateTimeKind.Utc), (read, read.Kind));
        }

        foreach (var other in new[] { "2026-11-20", "2026-11-20T08:30:15", "2026-11-20 08:30:15.", "2026-11-20 08:30", "2028-02-29 08:30:15" })
        {
            Assert.Equal(StoredTime.Parse(other), StoredTime.ParseUtf8(Encoding.UTF8.GetBytes(other)));
        }

        Assert.Throws<FormatException>(() => StoredTime.ParseUtf8("2026-02-30 08:30:15"u8));
        Assert.Throws<FormatException>(() => StoredTime.ParseUtf8("not a time"u8));
    }
}

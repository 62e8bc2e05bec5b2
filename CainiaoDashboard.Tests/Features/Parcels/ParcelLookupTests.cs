using CainiaoDashboard.Features.Parcels;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Features.Parcels;

public abstract class ParcelLookupTests(SimulatedDatabase data)
{
    public sealed class OnSqlite(SimulatedDatabase.OnSqlite data) : ParcelLookupTests(data), IClassFixture<SimulatedDatabase.OnSqlite>;

    public sealed class OnPostgres(SimulatedDatabase.OnPostgres data) : ParcelLookupTests(data), IClassFixture<SimulatedDatabase.OnPostgres>;

    [Fact]
    public async Task An_exact_number_is_found_in_any_case_and_with_spaces()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await AnyNumberAsync(ct);
        var spaced = string.Join(" ", number.Chunk(4).Select(c => new string(c))).ToLowerInvariant();

        var result = await new ParcelLookup(data.Contexts).SearchAsync(spaced, ct);

        Assert.Equal(number, result.ExactMatch);
    }

    [Fact]
    public async Task A_prefix_lists_the_numbers_that_start_with_it_and_nothing_else()
    {
        var ct = TestContext.Current.CancellationToken;
        var prefix = (await AnyNumberAsync(ct))[..^3];
        await using var db = data.Contexts.CreateDbContext();
        var expected = (await db.ParcelTrackingNumbers.Select(t => t.TrackingNumber).ToListAsync(ct))
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).Take(ParcelLookup.MaxPrefixMatches).ToList();

        var result = await new ParcelLookup(data.Contexts).SearchAsync(prefix, ct);

        Assert.Null(result.ExactMatch);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.PrefixMatches.Select(h => h.TrackingNumber));
    }

    [Fact]
    public async Task Unknown_numbers_and_too_short_prefixes_find_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var lookup = new ParcelLookup(data.Contexts);
        Assert.True((await lookup.SearchAsync("QQ99999999QQ", ct)).IsEmpty);
        Assert.True((await lookup.SearchAsync((await AnyNumberAsync(ct))[..3], ct)).IsEmpty);
        Assert.True((await lookup.SearchAsync("   ", ct)).IsEmpty);
    }

    private async Task<string> AnyNumberAsync(CancellationToken ct)
    {
        await using var db = data.Contexts.CreateDbContext();
        return await db.ParcelTrackingNumbers.OrderBy(t => t.ParcelId).Select(t => t.TrackingNumber).Skip(17).FirstAsync(ct);
    }
}

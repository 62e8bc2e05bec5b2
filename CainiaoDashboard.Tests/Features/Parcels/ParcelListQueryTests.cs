using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Shared;
using Microsoft.EntityFrameworkCore;

namespace CainiaoDashboard.Tests.Features.Parcels;

public abstract class ParcelListQueryTests(SimulatedDatabase data)
{
    public sealed class OnSqlite(SimulatedDatabase.OnSqlite data) : ParcelListQueryTests(data), IClassFixture<SimulatedDatabase.OnSqlite>;

    public sealed class OnPostgres(SimulatedDatabase.OnPostgres data) : ParcelListQueryTests(data), IClassFixture<SimulatedDatabase.OnPostgres>;

    private static readonly DateTime Now = SimulatedDatabase.NowUtc;

    [Theory]
    [InlineData("")]
    [InlineData("view=inflight")]
    [InlineData("view=delivered-today")]
    [InlineData("view=attempted-today&carrier=STO")]
    [InlineData("view=late")]
    [InlineData("view=late&carrier=ZTO&service=SAME_DAY")]
    [InlineData("view=at-risk")]
    [InlineData("view=stalled")]
    [InlineData("view=exceptions")]
    [InlineData("view=complaints")]
    [InlineData("lateness=Late")]
    [InlineData("lateness=OnTrack&stalled=no")]
    [InlineData("lateness=Early")]
    [InlineData("stalled=yes&region=US")]
    [InlineData("status=InTransit&hub=HGH")]
    [InlineData("lane=CN-EAST:CN-NORTH&channel=TMALL")]
    [InlineData("created-from=2026-11-18&created-to=2026-11-18")]
    [InlineData("promised-from=2026-11-19&promised-to=2026-11-21&tz=NY")]
    [InlineData("late-party=courier")]
    [InlineData("late-party=Customs&carrier=USPS")]
    [InlineData("view=late&late-party=recipient")]
    [InlineData("view=delivered-today&late-party=shipper")]
    public async Task The_query_returns_exactly_the_parcels_the_filter_matches(string query)
    {
        var ct = TestContext.Current.CancellationToken;
        var filter = Parse(query);
        var expected = await ParcelFilterOracle.MatchingAsync(data.Store, filter, Now, ct);

        await using var db = data.Contexts.CreateDbContext();
        var actual = await data.ListQuery().Filtered(db, filter, Now).Select(p => p.Id).ToListAsync(ct);
        var count = await data.ListQuery().CountAsync(filter, Now, ct);

        Assert.Equal(expected.Select(p => p.Id).Order(), actual.Order());
        Assert.Equal(expected.Count, count);
    }

    [Fact]
    public async Task The_simulated_data_fills_every_queue_the_tests_rely_on()
    {
        var ct = TestContext.Current.CancellationToken;
        foreach (var view in new[] { "late", "at-risk", "stalled", "exceptions", "complaints", "delivered-today" })
        {
            Assert.True(await data.ListQuery().CountAsync(Parse("view=" + view), Now, ct) > 0, $"No parcels in view {view}");
        }

        var parties = new Dictionary<string, int>();
        foreach (var party in PartyCounts.Parties.Select(LatePartyLabels.Key))
        {
            parties[party] = await data.ListQuery().CountAsync(Parse("late-party=" + party), Now, ct);
        }

        Assert.True(parties["courier"] > 0 && parties["recipient"] > 0 && parties.Count(p => p.Value > 0) >= 3,
            "Late parcels counted against: " + string.Join(", ", parties.Select(p => $"{p.Key} {p.Value}")));
    }

    [Fact]
    public async Task Pages_follow_the_chosen_sort_and_the_late_queue_starts_with_the_longest_overdue()
    {
        var ct = TestContext.Current.CancellationToken;
        var all = await ParcelFilterOracle.MatchingAsync(data.Store, ParcelListFilter.All, Now, ct);
        var byPromiseDescending = all.OrderByDescending(p => p.PromisedUtc).ThenByDescending(p => p.Id).Skip(50).Take(20).Select(p => p.TrackingNumber);

        var page = await data.ListQuery().PageAsync(ParcelListFilter.All, ParcelSort.Promised, true, 50, 20, Now, true, ct);
        var late = await data.ListQuery().PageAsync(Parse("view=late"), ParcelSort.Default, false, 0, 25, Now, true, ct);
        var expectedLate = (await ParcelFilterOracle.MatchingAsync(data.Store, Parse("view=late"), Now, ct))
            .OrderBy(p => p.PromisedUtc).ThenBy(p => p.Id).Take(25).Select(p => p.TrackingNumber);

        Assert.Equal(all.Count, page.Count);
        Assert.Equal(byPromiseDescending, page.Rows.Select(r => r.TrackingNumber));
        Assert.Equal(expectedLate, late.Rows.Select(r => r.TrackingNumber));
        Assert.All(late.Rows, r => Assert.Equal(Lateness.Late, r.Lateness));
        // A row names the party its lateness is counted against only when it is late.
        Assert.All(late.Rows, r => Assert.NotNull(r.LateParty));
        Assert.All(page.Rows.Where(r => r.Lateness != Lateness.Late), r => Assert.Null(r.LateParty));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Sorted_by_last_scan_the_never_scanned_parcels_come_first_going_up_and_last_going_down(bool descending)
    {
        var ct = TestContext.Current.CancellationToken;
        var all = await ParcelFilterOracle.MatchingAsync(data.Store, ParcelListFilter.All, Now, ct);
        // As in memory: no scan sorts before any scan.
        var expected = descending
            ? all.OrderByDescending(p => p.LastEventUtc).ThenByDescending(p => p.Id).Select(p => p.Id)
            : all.OrderBy(p => p.LastEventUtc).ThenBy(p => p.Id).Select(p => p.Id);

        var streamed = await data.ListQuery().StreamAsync(ParcelListFilter.All, ParcelSort.LastEvent, descending, Now, false, ct).ToListAsync(ct);

        Assert.Contains(all, p => p.LastEventUtc is null);
        Assert.Equal(expected, streamed.Select(r => r.Id));
    }

    [Fact]
    public async Task Recipient_names_are_masked_in_the_query_when_personal_data_may_not_be_seen()
    {
        var ct = TestContext.Current.CancellationToken;
        var hidden = await data.ListQuery().PageAsync(ParcelListFilter.All, ParcelSort.Default, false, 0, 50, Now, includePersonalData: false, ct);
        var shown = await data.ListQuery().PageAsync(ParcelListFilter.All, ParcelSort.Default, false, 0, 50, Now, includePersonalData: true, ct);

        Assert.All(hidden.Rows, r => Assert.Equal(PersonalDataAccess.Hidden, r.RecipientName));
        Assert.All(shown.Rows, r => Assert.NotEqual(PersonalDataAccess.Hidden, r.RecipientName));
        Assert.Equal(shown.Rows.Select(r => r.Id), hidden.Rows.Select(r => r.Id));
    }

    private static ParcelListFilter Parse(string query)
    {
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var (filter, problems) = ParcelListFilter.Parse(key => values.GetValueOrDefault(key));
        Assert.Empty(problems);
        return filter;
    }
}

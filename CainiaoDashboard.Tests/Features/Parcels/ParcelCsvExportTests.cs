using System.Net;
using CainiaoDashboard.Features.Parcels;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Features.Parcels;

public sealed class ParcelCsvExportTests(DashboardServer server) : IClassFixture<DashboardServer>
{
    [Fact]
    public async Task The_export_streams_every_parcel_a_filter_matches_not_only_one_page()
    {
        var ct = TestContext.Current.CancellationToken;
        await SimulatedTraffic.LoadAsync(server.Services.GetRequiredService<IngestPipeline>(), DateTime.UtcNow, TimeSpan.FromDays(4), 800, ct);
        using var http = await server.CreateSignedInClientAsync(Roles.Support, TestContext.Current.CancellationToken);

        foreach (var query in new[] { "view=inflight", "view=stalled&carrier=STO", "lateness=OnTrack&region=CN-EAST" })
        {
            var values = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
            var filter = ParcelListFilter.Parse(key => values.GetValueOrDefault(key)).Filter;
            var before = await Expected(filter, ct);
            var csv = await http.GetStringAsync($"{ParcelCsvExport.Path}?{query}", ct);
            var after = await Expected(filter, ct);

            var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).Order().ToList();
            // A parcel may cross a clock-driven boundary (promise, stalled threshold) while the request runs.
            Assert.True(rows.SequenceEqual(before) || rows.SequenceEqual(after), $"{query}: {rows.Count} rows, expected {before.Count} or {after.Count}");
        }

        Assert.True((await Expected(ParcelListFilter.All with { View = ParcelView.InFlight }, ct)).Count > ParcelListQuery.MaxPageSize);
    }

    [Fact]
    public async Task Each_late_parcel_names_the_party_its_lateness_is_counted_against_in_the_late_party_column()
    {
        var ct = TestContext.Current.CancellationToken;
        await SimulatedTraffic.LoadAsync(server.Services.GetRequiredService<IngestPipeline>(), DateTime.UtcNow, TimeSpan.FromDays(4), 800, ct);
        using var http = await server.CreateSignedInClientAsync(Roles.Support, ct);

        var all = (await http.GetStringAsync(ParcelCsvExport.Path, ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var recipient = (await http.GetStringAsync($"{ParcelCsvExport.Path}?late-party=recipient", ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        // The new column comes last, so that readers going by position keep every earlier column where it was.
        var header = all[0].Split(',');
        var lateness = Array.IndexOf(header, "lateness");
        Assert.Equal("late_party", header[^1]);
        var rows = all.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows.Where(r => r[lateness] != "Late"), r => Assert.Equal("", r[^1]));
        Assert.All(rows.Where(r => r[lateness] == "Late"), r => Assert.Contains(r[^1], new[] { "shipper", "courier", "partner", "customs", "recipient", "weather" }));
        Assert.True(recipient.Length > 1, "no late parcel counted against the recipient");
        Assert.All(recipient.Skip(1).Select(l => l.Split(',')), r => Assert.Equal(("Late", "recipient"), (r[lateness], r[^1])));
    }

    [Fact]
    public async Task Malformed_filters_are_refused_with_the_reasons()
    {
        using var http = await server.CreateSignedInClientAsync(Roles.Support, TestContext.Current.CancellationToken);
        var response = await http.GetAsync($"{ParcelCsvExport.Path}?view=late&carrier=DHL", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Unknown carrier \"DHL\" in the address was ignored.", problem.RootElement.GetProperty("detail").GetString());
    }

    private async Task<List<string>> Expected(ParcelListFilter filter, CancellationToken ct) =>
        (await ParcelFilterOracle.MatchingAsync($"Data Source={server.DatabasePath}", filter, DateTime.UtcNow, ct)).Select(p => p.TrackingNumber).Order().ToList();
}

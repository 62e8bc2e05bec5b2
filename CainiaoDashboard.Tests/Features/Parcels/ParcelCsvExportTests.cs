using System.Net;
using CainiaoDashboard.Domain;
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

    [Fact]
    public async Task With_lang_zh_CN_the_header_and_the_worded_values_are_in_chinese_and_codes_and_columns_stay_as_they_are()
    {
        var ct = TestContext.Current.CancellationToken;
        await SimulatedTraffic.LoadAsync(server.Services.GetRequiredService<IngestPipeline>(), DateTime.UtcNow, TimeSpan.FromDays(4), 800, ct);
        using var http = await server.CreateSignedInClientAsync(Roles.Support, ct);

        var englishBytes = await http.GetByteArrayAsync($"{ParcelCsvExport.Path}?view=inflight", ct);
        var chineseBytes = await http.GetByteArrayAsync($"{ParcelCsvExport.Path}?view=inflight&lang=zh-CN", ct);

        // Spreadsheet programs need the byte order mark to read Chinese as UTF-8; the English export has none, as before.
        Assert.Equal([0xEF, 0xBB, 0xBF], chineseBytes[..3]);
        Assert.NotEqual([0xEF, 0xBB, 0xBF], englishBytes[..3]);
        var english = Rows(System.Text.Encoding.UTF8.GetString(englishBytes));
        var chinese = Rows(System.Text.Encoding.UTF8.GetString(chineseBytes[3..]));
        Assert.Equal(ParcelCsvExport.Header, english[0]);
        Assert.Equal(
            ["运单号", "承运商", "服务类型", "渠道", "始发区域", "目的区域", "状态", "子状态", "逾期情况", "滞留", "创建时间(UTC)", "承诺时间(UTC)",
                "最近扫描时间(UTC)", "最近分拨中心", "签收时间(UTC)", "收件人", "逾期责任方"],
            chinese[0]);
        Assert.True(chinese.Count > 100, $"{chinese.Count} rows");

        var byNumber = english.Skip(1).ToDictionary(r => r[0]);
        using var scope = CultureScope.Chinese();
        var statuses = Enum.GetValues<ParcelStatus>().ToDictionary(s => s.ToString(), s => StatusLabels.Of(s));
        var lateness = Enum.GetValues<Lateness>().Select(LatenessLabels.Of).ToList();
        var parties = Enum.GetValues<LateParty>().Select(LatePartyLabels.Label).Append("").ToList();
        var matched = 0;
        foreach (var row in chinese.Skip(1))
        {
            Assert.Equal(ParcelCsvExport.Header.Length, row.Length);
            Assert.Contains(row[8], lateness);
            Assert.Contains(row[9], new[] { "是", "否" });
            Assert.Contains(row[^1], parties);
            // A parcel may cross a clock-driven boundary (promise, stalled threshold) between the two requests.
            if (!byNumber.TryGetValue(row[0], out var same)) continue;
            matched++;
            Assert.Equal(same[1..6], row[1..6]);
            Assert.Equal(same[10..16], row[10..16]);
            Assert.Equal(statuses[same[6]], row[6]);
            Assert.Equal(same[7] == "None", row[7] == "");
        }

        Assert.True(matched > 100, $"{matched} rows in both");
    }

    [Fact]
    public async Task Without_lang_the_export_stays_english_whatever_the_browser_speaks_and_lang_en_GB_is_the_same()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await server.CreateSignedInClientAsync(Roles.Support, ct);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var plain = Rows(await http.GetStringAsync($"{ParcelCsvExport.Path}?view=late", ct));
        var english = Rows(await http.GetStringAsync($"{ParcelCsvExport.Path}?view=late&lang=en-GB", ct));

        Assert.Equal(ParcelCsvExport.Header, plain[0]);
        Assert.Equal(ParcelCsvExport.Header, english[0]);
    }

    [Fact]
    public async Task A_language_the_dashboard_does_not_speak_is_refused_with_the_ones_it_does()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await server.CreateSignedInClientAsync(Roles.Support, ct);

        var response = await http.GetAsync($"{ParcelCsvExport.Path}?view=late&lang=fr-FR", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.Equal("Invalid language", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("Unknown language \"fr-FR\" in lang=; use en-GB or zh-CN, or leave lang out for English.",
            problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_chinese_export_gives_its_reasons_for_a_malformed_filter_in_chinese()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await server.CreateSignedInClientAsync(Roles.Support, ct);

        var response = await http.GetAsync($"{ParcelCsvExport.Path}?view=late&carrier=DHL&lang=zh-CN", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.Equal("筛选条件无效", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("地址中的承运商“DHL”无法识别，已忽略。", problem.RootElement.GetProperty("detail").GetString());
    }

    /// <summary>The export's lines split into cells (no value of these columns holds a comma or a quote).</summary>
    private static List<string[]> Rows(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();

    private async Task<List<string>> Expected(ParcelListFilter filter, CancellationToken ct) =>
        (await ParcelFilterOracle.MatchingAsync($"Data Source={server.DatabasePath}", filter, DateTime.UtcNow, ct)).Select(p => p.TrackingNumber).Order().ToList();
}

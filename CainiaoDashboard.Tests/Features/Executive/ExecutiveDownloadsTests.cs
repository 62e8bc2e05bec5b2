using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
using static CainiaoDashboard.Tests.Harness.OperationsDays;

namespace CainiaoDashboard.Tests.Features.Executive;

public sealed class ExecutiveDownloadsTests(SeededDashboardServer server) : IClassFixture<SeededDashboardServer>
{
    [Fact]
    public async Task The_volume_csv_holds_the_parcels_per_day_and_carrier()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await DownloadAsync("/downloads/volume.csv?range=7d&by=day&stack=carrier", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("volume-by-carrier-per-day", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync(ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal(["period", "from", "to"], header[..3]);
        Assert.Equal("total", header[^1]);
        Assert.Equal(8, lines.Length);

        var expected = server.ParcelsPerDay("carrier");
        foreach (var line in lines[1..])
        {
            var cells = line.Split(',');
            var day = OperationsCalendar.DayOf(DateOnly.ParseExact(cells[1], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            for (var i = 3; i < header.Length - 1; i++)
            {
                Assert.Equal(expected.GetValueOrDefault((day, header[i])), long.Parse(cells[i], CultureInfo.InvariantCulture));
            }

            Assert.Equal(expected.Where(e => e.Key.Day == day).Sum(e => e.Value), long.Parse(cells[^1], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task The_flow_diagram_downloads_as_a_standalone_svg_whose_links_carry_every_parcel()
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await DownloadAsync("/downloads/flows.svg?range=30d", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        var pickups = svg.Descendants(ns + "a").Where(a => (string?)a.Attribute("data-stage") == "pickup").ToList();
        var parcels = server.ParcelsPerDay("carrier").Where(e => e.Key.Day >= Today - 29).Sum(e => e.Value);
        Assert.Equal(parcels, pickups.Sum(a => long.Parse((string)a.Attribute("data-parcels")!, CultureInfo.InvariantCulture)));
        Assert.All(pickups, a => Assert.StartsWith("/parcels?", (string)a.Attribute("href")!));
    }

    [Fact]
    public async Task Unusable_parameters_get_a_problem_response()
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await DownloadAsync("/downloads/volume.csv?range=fortnight&chart=pie", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("Unknown range", body);
        Assert.Contains("Unknown chart", body);
    }

    [Fact]
    public async Task A_csv_asked_for_in_chinese_has_chinese_headers_and_names_in_the_same_columns_with_the_same_figures()
    {
        var ct = TestContext.Current.CancellationToken;
        const string Query = "/downloads/volume.csv?range=7d&by=day&stack=channel";

        var english = await LinesAsync(Query, ct);
        var chinese = await LinesAsync(Query + "&lang=zh-CN", ct);

        var header = chinese[0].Split(',');
        Assert.Equal(["周期", "起始日期", "结束日期"], header[..3]);
        Assert.Equal("合计", header[^1]);
        Assert.Equal(english[0].Split(',').Length, header.Length);
        // The channels by their Chinese names, in the columns of their English names.
        Assert.Equal(english[0].Split(',')[3..^1].Select(name => ChineseChannel[name]), header[3..^1]);
        Assert.Equal(english.Length, chinese.Length);
        for (var i = 1; i < english.Length; i++)
        {
            // Dates and figures are written for machines in either language; only the period's label is worded.
            Assert.Equal(english[i].Split(',')[1..], chinese[i].Split(',')[1..]);
            Assert.EndsWith("日", chinese[i].Split(',')[0]);
        }
    }

    [Fact]
    public async Task Without_lang_a_download_is_in_english_whatever_the_browser_prefers()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = await server.CreateSignedInClientAsync(Roles.Executive, ct);
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var csv = await http.GetStringAsync("/downloads/flows.csv?range=7d&table=links", ct);

        Assert.StartsWith("stage,from,to,parcels,first_attempts,on_time_pct,median_transit_hours\r\npickup,", csv.TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task The_flow_downloads_speak_the_language_asked_for()
    {
        var ct = TestContext.Current.CancellationToken;

        var links = await LinesAsync("/downloads/flows.csv?range=7d&table=links&lang=zh-CN", ct);
        var lanes = await LinesAsync("/downloads/flows.csv?range=30d&table=lanes&lang=zh-CN", ct);
        var svg = await DownloadAsync("/downloads/flows.svg?range=7d&lang=zh-CN", ct);

        Assert.Equal("环节,起点,终点,包裹数,首次投递数,准时率（%）,中位时效（小时）", links[0]);
        Assert.StartsWith("揽收,", links[1]);
        Assert.Equal("线路,始发区域,目的区域,跨境,包裹数,占比（%）,准时率（%）,中位时效（小时）,已签收数", lanes[0]);
        Assert.Contains(lanes[1..], l => l.StartsWith("CN-EAST:US,华东,美国,是,", StringComparison.Ordinal));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var title = XDocument.Parse(await svg.Content.ReadAsStringAsync(ct)).Root!.Element(ns + "title")!.Value;
        Assert.StartsWith("包裹流向，", title);
    }

    [Theory]
    [InlineData("/downloads/volume.csv?range=7d&lang=fr")]
    [InlineData("/downloads/flows.csv?range=7d&lang=zh")]
    [InlineData("/downloads/flows.svg?range=7d&lang=english")]
    public async Task A_language_the_dashboard_does_not_speak_is_refused_with_the_ones_it_does(string path)
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await DownloadAsync(path, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.StartsWith("Unknown language \"", detail);
        Assert.Contains("use zh-CN for Chinese or en-GB for English, or leave lang out for English.", detail);
    }

    [Fact]
    public async Task Problems_with_the_parameters_are_told_in_the_language_asked_for()
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await DownloadAsync("/downloads/volume.csv?range=fortnight&chart=pie&lang=zh-CN", ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        Assert.Equal("无法按这些参数生成下载文件。", problem.RootElement.GetProperty("title").GetString());
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.Contains("地址中的区间“fortnight”无法识别", detail);
        Assert.Contains("未知图表“pie”", detail);
    }

    private static readonly Dictionary<string, string> ChineseChannel = new()
    {
        ["Tmall"] = "天猫", ["Taobao"] = "淘宝", ["AliExpress"] = "速卖通", ["Tmall Global"] = "天猫国际",
    };

    private async Task<string[]> LinesAsync(string path, CancellationToken ct)
    {
        var response = await DownloadAsync(path, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>GETs a download as an executive, whom the downloads are for; the answer's body is already read.</summary>
    private async Task<HttpResponseMessage> DownloadAsync(string path, CancellationToken ct)
    {
        using var http = await server.CreateSignedInClientAsync(Roles.Executive, ct);
        return await http.GetAsync(path, ct);
    }
}

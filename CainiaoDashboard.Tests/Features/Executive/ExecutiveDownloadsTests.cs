using System.Globalization;
using System.Net;
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

    /// <summary>GETs a download as an executive, whom the downloads are for; the answer's body is already read.</summary>
    private async Task<HttpResponseMessage> DownloadAsync(string path, CancellationToken ct)
    {
        using var http = await server.CreateSignedInClientAsync(Roles.Executive, ct);
        return await http.GetAsync(path, ct);
    }
}

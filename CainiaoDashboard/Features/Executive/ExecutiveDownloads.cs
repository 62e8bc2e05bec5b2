using System.Text;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// Downloads behind the executive pages, as plain GET endpoints (links work without script, and route-level
/// authorisation can be put on the group later): each chart's data as CSV and the flow diagram as SVG,
/// read through the same cached rollup queries as the pages. Query parameters as on the pages.
/// </summary>
public static class ExecutiveDownloads
{
    public const string Prefix = "/downloads";

    public static void MapExecutiveDownloads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).RequireAuthorization(Policies.ExecutivePages);

        group.MapGet("/volume.csv", async (ExecutiveReads reads, string? chart, string? range, string? from, string? to, string? by, string? stack) =>
        {
            var problems = new List<string>();
            var (days, rangeProblems) = DayRange.Parse(range, from, to, reads.Today);
            problems.AddRange(rangeProblems);
            var granularity = VolumeKeys.ParseGranularity(by, problems);
            var stackBy = VolumeKeys.ParseStack(stack, problems);
            var which = chart ?? "volume";
            if (which is not ("volume" or "on-time" or "complaints" or "late-by-party" or "carriers"))
            {
                problems.Add($"Unknown chart \"{which}\"; use volume, on-time, complaints, late-by-party or carriers.");
            }

            if (problems.Count > 0) return Invalid(problems);

            var figures = VolumeCalculator.Compute(await reads.VolumeAsync(days, stackBy), granularity);
            var table = which switch
            {
                "on-time" => ExecutiveTables.OnTime(figures),
                "complaints" => ExecutiveTables.Complaints(figures),
                "late-by-party" => ExecutiveTables.LateByParty(figures),
                "carriers" => ExecutiveTables.CarrierOnTime(figures),
                _ => ExecutiveTables.Volume(figures),
            };
            var name = which switch
            {
                "volume" => $"volume-by-{stackBy.Key()}-per-{granularity.Key()}",
                "carriers" => "on-time-by-carrier",
                _ => $"{which}-per-{granularity.Key()}",
            };
            return Csv(table, $"{name}-{days.FromText}-to-{days.ToText}.csv");
        });

        group.MapGet("/flows.csv", async (ExecutiveReads reads, string? table, string? range, string? from, string? to) =>
        {
            var (days, problems) = DayRange.Parse(range, from, to, reads.Today);
            var which = table ?? "links";
            if (which is not ("links" or "lanes")) problems = [.. problems, $"Unknown table \"{which}\"; use links or lanes."];
            if (problems.Count > 0) return Invalid(problems);

            var figures = FlowCalculator.Compute(await reads.FlowsAsync(days));
            return Csv(which == "lanes" ? ExecutiveTables.Lanes(figures) : ExecutiveTables.Links(figures),
                $"flows-{which}-{days.FromText}-to-{days.ToText}.csv");
        });

        group.MapGet("/flows.svg", async (IServiceProvider services, ILoggerFactory loggers, ExecutiveReads reads, string? range, string? from, string? to) =>
        {
            var (days, problems) = DayRange.Parse(range, from, to, reads.Today);
            if (problems.Count > 0) return Invalid(problems);

            var figures = FlowCalculator.Compute(await reads.FlowsAsync(days));
            await using var renderer = new HtmlRenderer(services, loggers);
            var svg = await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var output = await renderer.RenderComponentAsync<SankeyDiagram>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(SankeyDiagram.Layout)] = SankeyLayout.Compute(figures),
                    [nameof(SankeyDiagram.Title)] = $"Parcel flows, parcels created {days.Label} (CST days)",
                    [nameof(SankeyDiagram.Standalone)] = true,
                }));
                return output.ToHtmlString();
            });
            return Results.File(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg), "image/svg+xml",
                $"flows-{days.FromText}-to-{days.ToText}.svg");
        });
    }

    private static IResult Csv(ChartTable table, string fileName) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(table.ToCsv())).ToArray(), "text/csv; charset=utf-8", fileName);

    private static IResult Invalid(IReadOnlyList<string> problems) =>
        Results.Problem(detail: string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest, title: "The download could not be made from these parameters.");
}

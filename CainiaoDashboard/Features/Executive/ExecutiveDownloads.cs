using System.Globalization;
using System.Text;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Executive;

/// <summary>
/// Downloads behind the executive pages, as plain GET endpoints (links work without script, and route-level
/// authorisation can be put on the group later): each chart's data as CSV and the flow diagram as SVG,
/// read through the same cached rollup queries as the pages. Query parameters as on the pages, plus <c>lang</c>: the
/// language of captions, column names and worded values (<c>zh-CN</c> or <c>en-GB</c>; the pages' links pass their
/// reader's). Without it a download is in English whatever the browser prefers, so scripts keep the columns they know;
/// columns are in the same order in every language, numbers and dates always invariant.
/// </summary>
public static class ExecutiveDownloads
{
    public const string Prefix = "/downloads";

    /// <summary>The <c>lang</c> parameter asking for the current reader's language, for a page's download links.</summary>
    public static string LanguageQuery => DownloadLanguage.QueryFor(CultureInfo.CurrentUICulture);

    public static void MapExecutiveDownloads(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).RequireAuthorization(Policies.ExecutivePages);

        group.MapGet("/volume.csv", async (ExecutiveReads reads, string? chart, string? range, string? from, string? to, string? by, string? stack, string? lang) =>
        {
            var problems = new List<string>();
            SpeakLanguage(lang, problems);
            var (days, rangeProblems) = DayRange.Parse(range, from, to, reads.Today);
            problems.AddRange(rangeProblems);
            var granularity = VolumeKeys.ParseGranularity(by, problems);
            var stackBy = VolumeKeys.ParseStack(stack, problems);
            var which = chart ?? "volume";
            if (which is not ("volume" or "on-time" or "complaints" or "late-by-party" or "carriers"))
            {
                problems.Add(DownloadWords.UnknownChart(which));
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

        group.MapGet("/flows.csv", async (ExecutiveReads reads, string? table, string? range, string? from, string? to, string? lang) =>
        {
            var problems = new List<string>();
            SpeakLanguage(lang, problems);
            var (days, rangeProblems) = DayRange.Parse(range, from, to, reads.Today);
            problems.AddRange(rangeProblems);
            var which = table ?? "links";
            if (which is not ("links" or "lanes")) problems.Add(DownloadWords.UnknownTable(which));
            if (problems.Count > 0) return Invalid(problems);

            var figures = FlowCalculator.Compute(await reads.FlowsAsync(days));
            return Csv(which == "lanes" ? FlowTables.Lanes(figures) : FlowTables.Links(figures),
                $"flows-{which}-{days.FromText}-to-{days.ToText}.csv");
        });

        group.MapGet("/flows.svg", async (IServiceProvider services, ILoggerFactory loggers, ExecutiveReads reads, string? range, string? from, string? to, string? lang) =>
        {
            var problems = new List<string>();
            var language = SpeakLanguage(lang, problems);
            var (days, rangeProblems) = DayRange.Parse(range, from, to, reads.Today);
            problems.AddRange(rangeProblems);
            if (problems.Count > 0) return Invalid(problems);

            var figures = FlowCalculator.Compute(await reads.FlowsAsync(days));
            await using var renderer = new HtmlRenderer(services, loggers);
            var svg = await renderer.Dispatcher.InvokeAsync(async () =>
            {
                // The renderer's own context: the diagram's words in the download's language there too.
                DownloadLanguage.Use(language);
                var output = await renderer.RenderComponentAsync<SankeyDiagram>(ParameterView.FromDictionary(new Dictionary<string, object?>
                {
                    [nameof(SankeyDiagram.Layout)] = SankeyLayout.Compute(figures),
                    [nameof(SankeyDiagram.Title)] = FlowTables.Caption(days),
                    [nameof(SankeyDiagram.Standalone)] = true,
                }));
                return output.ToHtmlString();
            });
            return Results.File(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg), "image/svg+xml",
                $"flows-{days.FromText}-to-{days.ToText}.svg");
        });
    }

    /// <summary>
    /// Words the rest of the request in the language <c>lang</c> names, English without one (not the browser's: a script's
    /// columns must not change with the machine it runs on); a name the dashboard does not speak is a problem, told in English.
    /// Set here it lasts as long as the request's handler.
    /// </summary>
    private static CultureInfo SpeakLanguage(string? lang, List<string> problems)
    {
        var asked = DownloadLanguage.Of(lang);
        var language = asked ?? DashboardCulture.English;
        DownloadLanguage.Use(language);
        if (asked is null) problems.Add(DownloadWords.UnknownLanguage(lang!.Length <= 24 ? lang : lang[..24] + "…"));
        return language;
    }

    private static IResult Csv(ChartTable table, string fileName) =>
        Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(table.ToCsv())).ToArray(), "text/csv; charset=utf-8", fileName);

    private static IResult Invalid(IReadOnlyList<string> problems) =>
        Results.Problem(detail: string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest, title: DownloadWords.Refused);
}

/// <summary>
/// What the downloads say when they cannot be made, in the language asked for. A class of static members rather than a
/// static class, since its type names its translations.
/// </summary>
public sealed class DownloadWords
{
    private DownloadWords()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<DownloadWords>();

    public static string Refused => Text["The download could not be made from these parameters."];

    public static string UnknownChart(string chart) =>
        Text["Unknown chart \"{0}\"; use volume, on-time, complaints, late-by-party or carriers.", chart];

    public static string UnknownTable(string table) => Text["Unknown table \"{0}\"; use links or lanes.", table];

    public static string UnknownLanguage(string lang) =>
        Text["Unknown language \"{0}\" (lang); use zh-CN for Chinese or en-GB for English, or leave lang out for English.", lang];
}

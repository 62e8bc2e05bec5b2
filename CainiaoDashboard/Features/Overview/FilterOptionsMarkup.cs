using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// The <c>&lt;option&gt;</c> elements of an overview filter as one HTML string, the chosen one marked <c>selected</c>
/// (the server's first, static render of the page shows the choice before the circuit sets the select's value).
/// Built once per list, first choice and chosen code for the app's lifetime: the lists are the fixed reference data.
/// </summary>
public static class FilterOptionsMarkup
{
    // Every script as itself (the reference data has Chinese names to come); markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly ConcurrentDictionary<(IReadOnlyList<FilterOption> Options, string? AllText, string Chosen), MarkupString> Built = new();

    /// <param name="allText">The name of a first choice with the empty code, or null for none.</param>
    /// <param name="chosen">The chosen code; the empty code for the first choice.</param>
    public static MarkupString For(IReadOnlyList<FilterOption> options, string? allText, string chosen) =>
        Built.GetOrAdd((options, allText, chosen), key => Build(key.Options, key.AllText, key.Chosen));

    private static MarkupString Build(IReadOnlyList<FilterOption> options, string? allText, string chosen)
    {
        var html = new StringBuilder();
        if (allText is not null) Append(html, "", allText, chosen);
        foreach (var option in options) Append(html, option.Code, option.Name, chosen);
        return new MarkupString(html.ToString());
    }

    private static void Append(StringBuilder html, string code, string name, string chosen)
    {
        html.Append("<option value=\"").Append(Encoder.Encode(code)).Append('"');
        if (string.Equals(code, chosen, StringComparison.Ordinal)) html.Append(" selected");
        html.Append('>').Append(Encoder.Encode(name)).Append("</option>");
    }
}

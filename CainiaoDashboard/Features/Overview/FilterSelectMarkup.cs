using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CainiaoDashboard.Features.Overview;

/// <summary>
/// The fixed parts of an overview filter's select as HTML strings shared by every circuit, each one frame in the
/// filters' render tree instead of a dozen: its options, and the outline and label MudBlazor's outlined input draws.
/// Built once per list, label and choice for the app's lifetime: the lists are the fixed reference data.
/// </summary>
public static class FilterSelectMarkup
{
    // Names in any script stay as written; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly ConcurrentDictionary<(IReadOnlyList<FilterOption> Options, string? AllText, string Chosen), MarkupString> Built = new();
    private static readonly ConcurrentDictionary<string, MarkupString> Outlines = new();
    private static readonly ConcurrentDictionary<(string Id, string Label), MarkupString> Labels = new();

    /// <summary>
    /// The <c>&lt;option&gt;</c> elements, the chosen one marked <c>selected</c>: the server's first, static render of
    /// the page shows the choice before the circuit sets the select's value.
    /// </summary>
    /// <param name="allText">The name of a first choice with the empty code, or null for none.</param>
    /// <param name="chosen">The chosen code; the empty code for the first choice.</param>
    public static MarkupString Options(IReadOnlyList<FilterOption> options, string? allText, string chosen) =>
        Built.GetOrAdd((options, allText, chosen), static key => Build(key.Options, key.AllText, key.Chosen));

    /// <summary>The drop-down arrow and the outline with the label's gap, which follow the select in its input.</summary>
    public static MarkupString Outline(string label) =>
        Outlines.GetOrAdd(label, static label => new MarkupString(
            $"""<div class="mud-input-adornment mud-input-adornment-end">{SvgIcon.Of(Icons.Material.Filled.ArrowDropDown, cssClass: "mud-input-adornment-icon", color: Color.Default)}</div>"""
            + $"""<fieldset class="mud-input-outlined-border" aria-hidden="true"><legend>{Encoder.Encode(label)}</legend></fieldset>"""));

    /// <summary>The floating label of the select with the id <paramref name="selectId"/>.</summary>
    public static MarkupString Label(string selectId, string label) =>
        Labels.GetOrAdd((selectId, label), static key => new MarkupString(
            $"""<label class="mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol" for="{Encoder.Encode(key.Id)}">{Encoder.Encode(key.Label)}</label>"""));

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

using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Admin;

/// <summary>
/// Words the admin pages share: the time zone their times are in, named in the reader's language (the zones' own labels
/// are English only), and the split of a translated sentence around the markup it holds.
/// </summary>
public sealed class AdminText
{
    private static readonly IStringLocalizer Text = Translations.For<AdminText>();

    private AdminText()
    {
    }

    public static string ZoneName(DisplayTimeZones.Zone zone) => zone.Key switch
    {
        "CST" => Text["China Standard Time (Beijing)"],
        "UTC" => Text["Coordinated Universal Time"],
        "LA" => Text["Los Angeles"],
        "NY" => Text["New York"],
        "MAD" => Text["Madrid"],
        "SIN" => Text["Singapore"],
        "SAO" => Text["São Paulo"],
        _ => zone.Label,
    };

    /// <summary>
    /// An unformatted sentence's words before its {0}, between {0} and {1}, and after {1}: a page puts its markup (a
    /// link, a figure in bold) in those places, and the translation the words around them. Both places come in that
    /// order in every translation; a sentence without them is all "before".
    /// </summary>
    public static (string Before, string Between, string After) Around(string sentence)
    {
        var first = sentence.IndexOf("{0}", StringComparison.Ordinal);
        var second = sentence.IndexOf("{1}", StringComparison.Ordinal);
        if (first < 0) return (sentence, "", "");
        if (second < first) return (sentence[..first], sentence[(first + 3)..], "");
        return (sentence[..first], sentence[(first + 3)..second], sentence[(second + 3)..]);
    }
}

using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Complaints;

/// <summary>
/// A complaint's category, state and contact channel as <c>/complaints</c> names them, in the reader's language. The
/// English is the Domain's own wording (<see cref="ComplaintRules.Label(ComplaintCategory)"/>), written out here because
/// a translation is found by its literal English. A class of static members rather than a static class, since its type
/// names its translations (<c>Translations.For&lt;ComplaintWords&gt;()</c>).
/// </summary>
public sealed class ComplaintWords
{
    private ComplaintWords()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<ComplaintWords>();

    public static string Of(ComplaintCategory category) => category switch
    {
        ComplaintCategory.LateDelivery => Text["Late delivery"],
        ComplaintCategory.ImpoliteCourier => Text["Impolite courier"],
        ComplaintCategory.Damaged => Text["Damaged"],
        ComplaintCategory.Lost => Text["Lost"],
        ComplaintCategory.Misdelivered => Text["Misdelivered / wrong address"],
        _ => Text["Other"],
    };

    public static string Of(ComplaintState state) => state switch
    {
        ComplaintState.Open => Text["Open"],
        ComplaintState.InProgress => Text["In progress"],
        ComplaintState.Resolved => Text["Resolved"],
        _ => Text["Rejected"],
    };

    public static string Of(ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => Text["Phone"],
        ContactChannel.Email => Text["Email"],
        ContactChannel.Chat => Text["Chat"],
        ContactChannel.App => Text["App"],
        _ => channel.ToString(),
    };

    /// <summary>The zone the page's times are in, by its key (the zones' own labels are English only).</summary>
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
}

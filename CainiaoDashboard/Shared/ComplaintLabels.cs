using CainiaoDashboard.Domain;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Shared;

/// <summary>
/// A complaint's category, state and contact channel in the reader's language, the same on every page. The English is the
/// Domain's own wording (<see cref="ComplaintRules.Label(ComplaintCategory)"/>), written out here because a translation is
/// found by its literal English (ComplaintLabelsTests holds the two together).
/// </summary>
public static class ComplaintLabels
{
    private static readonly IStringLocalizer Text = Translations.For(typeof(ComplaintLabels));

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

    /// <summary>How the customer got in touch.</summary>
    public static string Of(ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => Text["Phone"],
        ContactChannel.Email => Text["Email"],
        ContactChannel.Chat => Text["Chat"],
        ContactChannel.App => Text["App"],
        _ => channel.ToString(),
    };
}

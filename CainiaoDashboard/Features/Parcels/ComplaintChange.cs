using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>
/// A change of a complaint's state and validity as the user set it, with what it does beyond the complaint itself.
/// Closing an open complaint takes it off every unresolved queue, and marking it not valid takes it out of the complaint
/// KPIs (the rollup of the hour it was opened): both are asked for before saving.
/// </summary>
public sealed record ComplaintChange(ComplaintState FromState, ComplaintState ToState, bool FromValid, bool ToValid)
{
    private static readonly IStringLocalizer Text = Translations.For<ComplaintChangeWords>();

    public bool Closes => FromState.IsOpen() && !ToState.IsOpen();

    public bool Invalidates => FromValid && !ToValid;

    public bool NeedsConfirmation => Closes || Invalidates;

    /// <summary>In the words of the complaint's history, in the reader's language: "Open → Rejected, marked not valid".</summary>
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            if (FromState != ToState) parts.Add(Text["{0} → {1}", ComplaintLabels.Of(FromState), ComplaintLabels.Of(ToState)]);
            if (FromValid != ToValid) parts.Add(ToValid ? Text["marked valid"] : Text["marked not valid"]);
            return string.Join(Text[", "], parts);
        }
    }

    public IReadOnlyList<string> Consequences
    {
        get
        {
            var consequences = new List<string>();
            if (Closes) consequences.Add(Text["{0}: the complaint leaves the open complaints queue and no longer counts as overdue.", ComplaintLabels.Of(ToState)]);
            if (Invalidates) consequences.Add(Text["Not valid: it stops counting in the complaint KPIs, including the hour it was opened."]);
            return consequences;
        }
    }
}

/// <summary>
/// The owner of <see cref="ComplaintChange"/>'s words (<c>Resources/Features/Parcels/ComplaintChangeWords.zh-CN.resx</c>): the
/// record's own name is also the stored complaint change of the domain.
/// </summary>
public sealed class ComplaintChangeWords;

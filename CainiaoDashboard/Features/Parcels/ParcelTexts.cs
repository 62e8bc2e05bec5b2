using System.Text.RegularExpressions;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>
/// The words the parcel pages show that are written outside this folder, in the reader's language: the list's views
/// (Shared) and the refusals of the support desk (Ingest, Domain), which come back as English sentences. English stays
/// exactly as it is written there.
/// </summary>
public sealed partial class ParcelTexts
{
    private ParcelTexts()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<ParcelTexts>();

    /// <summary>A view's name, as in the page heading ("Late (past promise, not delivered)").</summary>
    public static string ViewName(ParcelView view) => view switch
    {
        ParcelView.InFlight => Text["In flight"],
        ParcelView.DeliveredToday => Text["Delivered today"],
        ParcelView.AttemptedToday => Text["Delivery attempted today"],
        ParcelView.Late => Text["Late (past promise, not delivered)"],
        ParcelView.AtRisk => Text["At risk"],
        ParcelView.Stalled => Text["Stalled"],
        ParcelView.Exceptions => Text["Exceptions"],
        ParcelView.Complaints => Text["Open complaints"],
        _ => Text["All parcels"],
    };

    /// <summary>A name without the explanation in brackets, for a closed select ("Late", "已逾期").</summary>
    public static string WithoutBrackets(string name) => name.Split([" (", "（"], StringSplitOptions.None)[0];

    /// <summary>
    /// A refusal of the support desk (<c>SupportDesk</c>, <c>ComplaintRules</c>) in the reader's language; a message it does
    /// not know is shown as it came.
    /// </summary>
    public static string DeskMessage(string message)
    {
        switch (message)
        {
            case "Choose a complaint category.": return Text["Choose a complaint category."];
            case "Choose how the customer got in touch.": return Text["Choose how the customer got in touch."];
            case "Choose a complaint state.": return Text["Choose a complaint state."];
            case "Enter a description: it cannot be empty.": return Text["Enter a description: it cannot be empty."];
            case "Enter a note: it cannot be empty.": return Text["Enter a note: it cannot be empty."];
            case "Nothing to save: the state and validity are unchanged.": return Text["Nothing to save: the state and validity are unchanged."];
            case "This form already logged a different complaint; reopen the form to log another.":
                return Text["This form already logged a different complaint; reopen the form to log another."];
        }

        if (TooLong().Match(message) is { Success: true } tooLong)
        {
            var (length, max) = (tooLong.Groups["length"].Value, tooLong.Groups["max"].Value);
            return tooLong.Groups["what"].Value == "note"
                ? Text["The note is too long: {0} characters, at most {1}.", length, max]
                : Text["The description is too long: {0} characters, at most {1}.", length, max];
        }

        if (NoParcel().Match(message) is { Success: true } noParcel) return Text["No parcel has tracking number {0}.", noParcel.Groups["number"].Value];
        if (NoComplaint().Match(message) is { Success: true } noComplaint) return Text["Complaint {0} does not exist.", noComplaint.Groups["id"].Value];
        return message;
    }

    [GeneratedRegex(@"^The (?<what>description|note) is too long: (?<length>[\d.,\s]+) characters, at most (?<max>[\d.,\s]+)\.$")]
    private static partial Regex TooLong();

    [GeneratedRegex(@"^No parcel has tracking number (?<number>.*)\.$")]
    private static partial Regex NoParcel();

    [GeneratedRegex(@"^Complaint (?<id>\d+) does not exist\.$")]
    private static partial Regex NoComplaint();
}

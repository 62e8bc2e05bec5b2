using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>
/// The words the parcel pages show that are written outside this folder, in the reader's language: the list's views
/// (Shared) and the refusals of the support desk (Ingest), by their codes. English stays exactly as it is written there.
/// </summary>
public sealed class ParcelTexts
{
    private ParcelTexts()
    {
    }

    private static readonly IStringLocalizer Text = Translations.For<ParcelTexts>();

    /// <summary>
    /// A view's name, as in the page heading ("Late (past promise, not delivered)"): the English of
    /// <see cref="ParcelListFilter.Views"/>, translated here (ParcelTextsTests checks each view has its Chinese).
    /// </summary>
    public static string ViewName(ParcelView view) => Text[ParcelListFilter.Views.First(v => v.View == view).Label];

    /// <summary>A name without the explanation in brackets, for a closed select ("Late", "已逾期").</summary>
    public static string WithoutBrackets(string name) => name.Split([" (", "（"], StringSplitOptions.None)[0];

    /// <summary>A refusal of the support desk (<see cref="SupportDesk"/>) in the reader's language, by its code.</summary>
    public static string DeskMessage(SupportResult refusal)
    {
        var values = refusal.Values ?? [];
        return refusal.Problem switch
        {
            SupportProblem.NoCategory => Text["Choose a complaint category."],
            SupportProblem.NoChannel => Text["Choose how the customer got in touch."],
            SupportProblem.NoState => Text["Choose a complaint state."],
            SupportProblem.EmptyDescription => Text["Enter a description: it cannot be empty."],
            SupportProblem.EmptyNote => Text["Enter a note: it cannot be empty."],
            SupportProblem.NothingToSave => Text["Nothing to save: the state and validity are unchanged."],
            SupportProblem.FormAlreadyUsed => Text["This form already logged a different complaint; reopen the form to log another."],
            SupportProblem.DescriptionTooLong => Text["The description is too long: {0} characters, at most {1}.", Count(values[0]), Count(values[1])],
            SupportProblem.NoteTooLong => Text["The note is too long: {0} characters, at most {1}.", Count(values[0]), Count(values[1])],
            SupportProblem.NoSuchParcel => Text["No parcel has tracking number {0}.", values[0]],
            SupportProblem.NoSuchComplaint => Text["Complaint {0} does not exist.", values[0]],
            // The form's own key, which it always sends well formed: never worded for a person.
            _ => refusal.Error ?? "",
        };
    }

    private static string Count(object value) => Formats.Count(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
}

using System.Text.RegularExpressions;
using CainiaoDashboard.Domain;
using CainiaoDashboard.Shared;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>
/// The words the parcel pages show that are written outside this folder, in the reader's language: the list's views and
/// time zones (Shared), complaint categories, states and contact channels (Domain), and the refusals of the support desk
/// and of the address's filter, which come back as English sentences. English stays exactly as it is written there.
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

    /// <summary>A time zone's name ("China Standard Time (Beijing)", "北京时间").</summary>
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

    public static string CategoryName(ComplaintCategory category) => category switch
    {
        ComplaintCategory.LateDelivery => Text["Late delivery"],
        ComplaintCategory.ImpoliteCourier => Text["Impolite courier"],
        ComplaintCategory.Damaged => Text["Damaged"],
        ComplaintCategory.Lost => Text["Lost"],
        ComplaintCategory.Misdelivered => Text["Misdelivered / wrong address"],
        _ => Text["Other"],
    };

    public static string StateName(ComplaintState state) => state switch
    {
        ComplaintState.Open => Text["Open"],
        ComplaintState.InProgress => Text["In progress"],
        ComplaintState.Resolved => Text["Resolved"],
        _ => Text["Rejected"],
    };

    /// <summary>How the customer got in touch; in English the channel's own name, as before.</summary>
    public static string ChannelName(ContactChannel channel) => channel switch
    {
        ContactChannel.Phone => Text["Phone"],
        ContactChannel.Email => Text["Email"],
        ContactChannel.Chat => Text["Chat"],
        _ => Text["App"],
    };

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

    /// <summary>
    /// A value of the address the filter could not use (<see cref="ParcelListFilter.Parse"/>), in the reader's language; a
    /// message it does not know is shown as it came.
    /// </summary>
    public static string FilterProblem(string problem)
    {
        if (UnknownZone().Match(problem) is { Success: true } zone) return Text["Unknown time zone \"{0}\" in the address; showing China Standard Time.", zone.Groups["value"].Value];
        if (UnknownView().Match(problem) is { Success: true } view) return Text["Unknown view \"{0}\" in the address; showing all parcels.", view.Groups["value"].Value];
        if (UnknownName().Match(problem) is { Success: true } name && Filter(name.Groups["what"].Value) is { } what)
        {
            return Text["Unknown {0} \"{1}\" in the address was ignored. Use one of: {2}.", what, name.Groups["value"].Value, name.Groups["names"].Value];
        }

        if (UnknownCode().Match(problem) is { Success: true } code && Filter(code.Groups["what"].Value) is { } codeOf)
        {
            return Text["Unknown {0} \"{1}\" in the address was ignored.", codeOf, code.Groups["value"].Value];
        }

        if (Stalled().Match(problem) is { Success: true } stalled) return Text["The stalled filter \"{0}\" in the address was ignored; use yes or no.", stalled.Groups["value"].Value];
        if (UnknownLane().Match(problem) is { Success: true } lane)
        {
            return Text["Unknown lane \"{0}\" in the address was ignored; a lane is written ORIGIN:DESTINATION, e.g. CN-EAST:US.", lane.Groups["value"].Value];
        }

        if (BadDate().Match(problem) is { Success: true } date)
        {
            return Text["The date {0}=\"{1}\" in the address was ignored; write dates as YYYY-MM-DD.", date.Groups["key"].Value, date.Groups["value"].Value];
        }

        return problem;
    }

    /// <summary>
    /// The parts of a sentence before and after its one value <c>{0}</c>, so that the value can be set apart (bold, a link)
    /// wherever the reader's language puts it.
    /// </summary>
    public static (string Before, string After) Around(string sentence)
    {
        var at = sentence.IndexOf("{0}", StringComparison.Ordinal);
        return at < 0 ? (sentence, "") : (sentence[..at], sentence[(at + 3)..]);
    }

    /// <summary>What the filter calls each of its values in its messages.</summary>
    private static string? Filter(string what) => what switch
    {
        "status" => Text["status"],
        "lateness" => Text["lateness"],
        "late party" => Text["late party"],
        "carrier" => Text["carrier"],
        "service level" => Text["service level"],
        "region" => Text["region"],
        "hub" => Text["hub"],
        "origin hub" => Text["origin hub"],
        "channel" => Text["channel"],
        _ => null,
    };

    [GeneratedRegex(@"^The (?<what>description|note) is too long: (?<length>[\d.,\s]+) characters, at most (?<max>[\d.,\s]+)\.$")]
    private static partial Regex TooLong();

    [GeneratedRegex(@"^No parcel has tracking number (?<number>.*)\.$")]
    private static partial Regex NoParcel();

    [GeneratedRegex(@"^Complaint (?<id>\d+) does not exist\.$")]
    private static partial Regex NoComplaint();

    [GeneratedRegex(@"^Unknown time zone ""(?<value>.*)"" in the address; showing China Standard Time\.$")]
    private static partial Regex UnknownZone();

    [GeneratedRegex(@"^Unknown view ""(?<value>.*)"" in the address; showing all parcels\.$")]
    private static partial Regex UnknownView();

    [GeneratedRegex(@"^Unknown (?<what>[a-z ]+?) ""(?<value>.*)"" in the address was ignored\. Use one of: (?<names>.*)\.$")]
    private static partial Regex UnknownName();

    [GeneratedRegex(@"^Unknown (?<what>[a-z ]+?) ""(?<value>.*)"" in the address was ignored\.$")]
    private static partial Regex UnknownCode();

    [GeneratedRegex(@"^The stalled filter ""(?<value>.*)"" in the address was ignored; use yes or no\.$")]
    private static partial Regex Stalled();

    [GeneratedRegex(@"^Unknown lane ""(?<value>.*)"" in the address was ignored; a lane is written ORIGIN:DESTINATION, e\.g\. CN-EAST:US\.$")]
    private static partial Regex UnknownLane();

    [GeneratedRegex(@"^The date (?<key>[a-z-]+)=""(?<value>.*)"" in the address was ignored; write dates as YYYY-MM-DD\.$")]
    private static partial Regex BadDate();
}

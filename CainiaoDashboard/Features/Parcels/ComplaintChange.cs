using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Features.Parcels;

/// <summary>
/// A change of a complaint's state and validity as the user set it, with what it does beyond the complaint itself.
/// Closing an open complaint takes it off every unresolved queue, and marking it not valid takes it out of the complaint
/// KPIs (the rollup of the hour it was opened): both are asked for before saving.
/// </summary>
public sealed record ComplaintChange(ComplaintState FromState, ComplaintState ToState, bool FromValid, bool ToValid)
{
    public bool Closes => FromState.IsOpen() && !ToState.IsOpen();

    public bool Invalidates => FromValid && !ToValid;

    public bool NeedsConfirmation => Closes || Invalidates;

    /// <summary>In the words of the complaint's history: "Open → Rejected, marked not valid".</summary>
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            if (FromState != ToState) parts.Add($"{FromState.Label()} → {ToState.Label()}");
            if (FromValid != ToValid) parts.Add(ToValid ? "marked valid" : "marked not valid");
            return string.Join(", ", parts);
        }
    }

    public IReadOnlyList<string> Consequences
    {
        get
        {
            var consequences = new List<string>();
            if (Closes) consequences.Add($"{ToState.Label()}: the complaint leaves the open complaints queue and no longer counts as overdue.");
            if (Invalidates) consequences.Add("Not valid: it stops counting in the complaint KPIs, including the hour it was opened.");
            return consequences;
        }
    }
}

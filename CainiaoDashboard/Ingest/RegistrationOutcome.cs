namespace CainiaoDashboard.Ingest;

public enum RegistrationOutcome
{
    Registered,

    /// <summary>The same registration is stored already (same number, carrier, lane, service, channel, times, recipient).</summary>
    Duplicate,

    /// <summary>The same registration with a later promise than any on record: the new promise is recorded; the original stays.</summary>
    PromiseChanged,

    /// <summary>The number is registered already with other content, or is another parcel's hand-over number; nothing was stored.</summary>
    Conflict,
}

/// <summary>What became of one registration; for a conflict, the fields (in the API's names) that differ from the stored one.</summary>
public readonly record struct RegistrationResult(RegistrationOutcome Outcome, IReadOnlyList<string> Differences)
{
    public static readonly RegistrationResult Registered = new(RegistrationOutcome.Registered, []);
    public static readonly RegistrationResult Duplicate = new(RegistrationOutcome.Duplicate, []);
    public static readonly RegistrationResult PromiseChanged = new(RegistrationOutcome.PromiseChanged, []);
}

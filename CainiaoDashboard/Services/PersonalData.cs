namespace CainiaoDashboard.Services;

/// <summary>
/// Recipient details and complaint texts are personal data. Read queries take an explicit
/// <c>includePersonalData</c> flag and put this value in their place, in the query itself, when it is false.
/// </summary>
public static class PersonalData
{
    public const string Hidden = "hidden";
}

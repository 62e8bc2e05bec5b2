namespace CainiaoDashboard.Ingest.Import;

/// <summary>The files of one import (at least one) and the name its complaints are filed under.</summary>
/// <param name="Platform">The customer-service system the complaints come from: with <c>complaintId</c>, what makes a complaint stored once.</param>
public sealed record ImportFiles(string? Parcels, string? Events, string? Complaints, string Platform = ImportFiles.DefaultPlatform)
{
    public const string DefaultPlatform = "import";
}

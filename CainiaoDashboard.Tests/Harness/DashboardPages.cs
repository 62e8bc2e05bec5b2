namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// Every page of the dashboard with the roles that may open it and its navigation entry, written out by hand (not
/// read from the app's policy table, so a wrong policy fails the tests). A new page gets a row here.
/// </summary>
public static class DashboardPages
{
    public const string AllRoles = "Manager,Support,Executive,Admin";

    /// <summary>Stands for a real tracking number in <see cref="All"/>; the access tests use it as an unknown one.</summary>
    public const string ParcelPlaceholder = "ZT0000000001";

    public static readonly IReadOnlyList<(string Path, string Roles, string NavText)> All =
    [
        // In the order of the navigation.
        ("/", AllRoles, "Overview"),
        ("/parcels", "Support,Manager,Admin", "Parcels"),
        ("/parcels?view=late", "Support,Manager,Admin", "Late"),
        ("/parcels?view=at-risk", "Support,Manager,Admin", "At risk"),
        ("/parcels?view=stalled", "Support,Manager,Admin", "Stalled"),
        ("/parcels?view=exceptions", "Support,Manager,Admin", "Exceptions"),
        ("/parcels?view=complaints", "Support,Manager,Admin", "Open complaints"),
        ("/complaints", "Support,Manager,Admin", "Complaints"),
        ("/volume", "Executive,Manager,Admin", "Volume"),
        ("/flows", "Executive,Manager,Admin", "Flows"),
        ("/system", AllRoles, "System"),
        ("/admin", "Admin", "Admin"),
        ($"/parcels/{ParcelPlaceholder}", "Support,Manager,Admin", ""),
    ];

    public static bool Allowed(string roles, string role) => roles.Split(',').Contains(role);

    public static IEnumerable<string> For(string role) => All.Where(p => Allowed(p.Roles, role)).Select(p => p.Path);
}

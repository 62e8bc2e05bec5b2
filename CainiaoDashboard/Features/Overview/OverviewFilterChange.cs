
namespace CainiaoDashboard.Features.Overview;

public sealed record OverviewFilterChange(OverviewFilter Filter, string ZoneKey);

using CainiaoDashboard.Services;

namespace CainiaoDashboard.Components.Overview;

public sealed record OverviewFilterChange(OverviewFilter Filter, string ZoneKey);

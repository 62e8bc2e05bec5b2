namespace CainiaoDashboard.Components.Charts;

public readonly record struct ChartPointClick(int SeriesIndex, int DataPointIndex);

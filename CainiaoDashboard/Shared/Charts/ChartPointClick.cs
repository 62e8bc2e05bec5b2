namespace CainiaoDashboard.Shared.Charts;

public readonly record struct ChartPointClick(int SeriesIndex, int DataPointIndex);

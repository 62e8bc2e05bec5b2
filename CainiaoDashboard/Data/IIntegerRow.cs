namespace CainiaoDashboard.Data;

/// <summary>A row of integer columns as either engine's reader hands it over, so one mapping serves both.</summary>
internal interface IIntegerRow
{
    long Int64(int column);

    int Int32(int column);
}

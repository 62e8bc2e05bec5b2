namespace CainiaoDashboard.Data;

/// <summary>
/// A row as either engine's reader hands it over (SQLite's <see cref="StatementRow"/>, PostgreSQL's
/// <see cref="Postgres.PostgresRow"/>), so one mapping from columns to a record serves both.
/// </summary>
internal interface IStoredRow
{
    bool IsNull(int column);

    long Int64(int column);

    int Int32(int column);

    int? NullableInt32(int column);

    bool Boolean(int column);

    string Text(int column);

    /// <summary>A time column as UTC; null when NULL.</summary>
    DateTime? Utc(int column);
}

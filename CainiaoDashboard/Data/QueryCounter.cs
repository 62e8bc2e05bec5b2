using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CainiaoDashboard.Data;

/// <summary>
/// Counts the commands EF Core sends to the database (the read side; the ingest writer's own connection
/// is not counted). Shown on the System page, and how tests check that open pages do not multiply queries.
/// </summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Counted(result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Counted(result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Counted(result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(result));

    // Every command kind passes through here, so the count has one place to grow.
    private T Counted<T>(T result)
    {
        Interlocked.Increment(ref count);
        return result;
    }
}

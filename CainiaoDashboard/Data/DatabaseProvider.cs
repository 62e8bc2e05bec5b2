namespace CainiaoDashboard.Data;

/// <summary>The database engine behind the store (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One embedded file on this machine: the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, which several dashboard instances can share.</summary>
    Postgres,
}

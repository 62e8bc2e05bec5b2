using System.Runtime.CompilerServices;
using SQLitePCL;

namespace CainiaoDashboard.Data;

/// <summary>
/// Puts SQLite in multi-thread mode, without memory statistics, before the first connection opens. The bundled library
/// is built serialized: every call on a connection (each bind, step and reset) locked and unlocked that connection's
/// mutex, and every allocation a global one, to guard against two threads using one connection at once. Nothing here
/// does that: the ingest writer owns its connection, the checkpointer its own, and every other connection serves one
/// operation at a time from the pool, its commands disposed with it. Those locks were about 5 % of the writer's time
/// (<c>bench ingest</c>: 103,800 to 111,000 events/s in alternated runs).
/// </summary>
internal static class SqliteThreadingMode
{
    // A module initializer rather than a call in Program: the tests' hosts and the command line run this assembly
    // without Program's first lines, and SQLite reads the mode only before its first connection.
    [ModuleInitializer]
    internal static void UseMultiThreadMode()
    {
        Batteries_V2.Init();
        // Refused (SQLITE_MISUSE) if a connection opened first, as a test of its own may do: SQLite then stays
        // serialized, which is only slower.
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}

using System.Runtime.InteropServices;

namespace CainiaoDashboard.Data;

/// <summary>
/// The calls of SQLite's statement API the writer makes for every value and row (bind, step, reset, changes), made
/// straight into the native library SQLitePCLRaw has loaded (its e_sqlite3 bundle) with plain pointers. Through
/// SQLitePCLRaw each call dispatched through its provider interface and added and released a reference on the
/// statement's SafeHandle (two interlocked operations); a dozen such calls per event were a sizeable share of the
/// writer's time. The handles stay owned by SQLitePCLRaw's objects, which <see cref="PreparedStatements"/> keeps alive
/// for as long as it holds the pointers.
/// </summary>
internal static partial class NativeStatementCalls
{
    // The name SQLitePCLRaw.provider.e_sqlite3 imports, so both resolve to the one library the bundle ships.
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_TRANSIENT: SQLite copies the text before the call returns, so a stack buffer may hold it.</summary>
    private static readonly nint Transient = -1;

    /// <summary>SQLITE_STATIC: SQLite reads the text where it is, until the value is bound again or the statement finalised.</summary>
    private static readonly nint Static = 0;

    // Binding only copies a value into the statement (no I/O, no callbacks into .NET): short enough to skip the
    // transition to preemptive mode. Step and reset do the statement's work and keep the transition.
    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    public static partial int BindInt64(nint statement, int position, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    public static partial int BindNull(nint statement, int position);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    private static partial int BindText(nint statement, int position, ref byte utf8, int length, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_changes")]
    [SuppressGCTransition]
    public static partial int Changes(nint database);

    [LibraryImport(Library, EntryPoint = "sqlite3_last_insert_rowid")]
    [SuppressGCTransition]
    public static partial long LastInsertRowId(nint database);

    // Reading a column of the current row only looks at the row SQLite has decoded (a UTF-8 database converts no text):
    // as short as a bind, so these skip the transition too. The live refresh reads thousands of rows this way.
    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    public static partial int ColumnType(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static partial long ColumnInt64(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int")]
    [SuppressGCTransition]
    public static partial int ColumnInt32(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    [SuppressGCTransition]
    private static partial nint ColumnBlob(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    private static partial int ColumnBytes(nint statement, int column);

    /// <summary>
    /// The column's bytes as stored (UTF-8 for text), valid until the statement steps, resets or is finalised. The
    /// pointer first, then the length, as SQLite asks.
    /// </summary>
    public static unsafe ReadOnlySpan<byte> ColumnBytesOf(nint statement, int column)
    {
        var bytes = ColumnBlob(statement, column);
        return bytes == 0 ? [] : new ReadOnlySpan<byte>((void*)bytes, ColumnBytes(statement, column));
    }

    private static readonly byte[] NoText = [0];

    /// <summary>Binds UTF-8 text, copied by SQLite; empty text stays text (a null pointer would bind NULL).</summary>
    public static int BindText(nint statement, int position, ReadOnlySpan<byte> utf8) =>
        BindText(statement, position, ref utf8.IsEmpty ? ref NoText[0] : ref MemoryMarshal.GetReference(utf8), utf8.Length, Transient);

    /// <summary>Binds UTF-8 text that SQLite reads in place: it must stay where it is, pinned, until it is bound again.</summary>
    public static int BindPinnedText(nint statement, int position, ReadOnlySpan<byte> pinnedUtf8) =>
        BindText(statement, position, ref pinnedUtf8.IsEmpty ? ref NoText[0] : ref MemoryMarshal.GetReference(pinnedUtf8), pinnedUtf8.Length, Static);
}

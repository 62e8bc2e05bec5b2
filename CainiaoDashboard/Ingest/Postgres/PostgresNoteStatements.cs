using CainiaoDashboard.Data.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace CainiaoDashboard.Ingest.Postgres;

internal sealed class PostgresNoteStatements(NpgsqlConnection connection) : INoteStatements, IDisposable
{
    private readonly PostgresStatement insert = new(connection, """
        INSERT INTO "ParcelNotes" ("ParcelId", "Text", "CreatedUtc", "CreatedBy") VALUES ($1, $2, $3, $4)
        """, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.TimestampTz, NpgsqlDbType.Text);

    public void Insert(long parcelId, ParcelNoteFiling note) => insert.Execute(parcelId, note.Text, note.CreatedUtc, note.CreatedBy);

    public IEnumerable<PostgresStatement> Statements => [insert];

    public void Dispose() => insert.Dispose();
}

using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;

namespace CainiaoDashboard.Ingest;

/// <summary>Statements on ParcelNotes.</summary>
internal sealed class NoteStatements : PreparedStatements, INoteStatements
{
    protected override string Stage => "notes";

    private readonly Statement insert;

    public NoteStatements(SqliteConnection connection) : base(connection) => insert = Prepare("""
        INSERT INTO ParcelNotes (ParcelId, Text, CreatedUtc, CreatedBy) VALUES ($parcel, $text, $at, $by)
        """, "$parcel", "$text", "$at", "$by");

    public void Insert(long parcelId, ParcelNoteFiling note) => Execute(insert, parcelId, note.Text, note.CreatedUtc, note.CreatedBy);
}

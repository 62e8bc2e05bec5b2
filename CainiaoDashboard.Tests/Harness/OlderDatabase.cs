using CainiaoDashboard.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// A database as an earlier version of the dashboard left it: migrated up to a named migration, with rows written in
/// that schema by plain SQL (today's writer prepares its statements for today's schema). Migration tests then upgrade it.
/// </summary>
public static class OlderDatabase
{
    /// <summary>Creates the file, migrates it to <paramref name="migration"/>, runs <paramref name="rows"/>; returns its connection string.</summary>
    public static async Task<string> CreateAsync(string file, string migration, string rows, CancellationToken cancellationToken)
    {
        var connectionString = $"Data Source={file}";
        await using (var db = SqliteOptions.CreateContext(connectionString))
        {
            await db.GetService<IMigrator>().MigrateAsync(migration, cancellationToken);
        }

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = rows;
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return connectionString;
    }

    /// <summary>
    /// Open ZTO parcels on the east-to-east next-day lane, registered 2026-11-01 00:00 UTC, each under its booked number:
    /// the Parcels and ParcelTrackingNumbers rows as every schema so far stores them.
    /// </summary>
    public static string Parcels(params (long Id, string TrackingNumber)[] parcels) => $"""
        INSERT INTO Parcels (Id, TrackingNumber, CarrierId, BookedCarrierId, LaneId, ServiceLevelId, ChannelId, CreatedUtc, PromisedUtc,
            AtRiskUtc, Status, SubStatus, Lateness, AttemptCount, RecipientName, RecipientPhone, RecipientAddress)
        VALUES {string.Join(", ", parcels.Select(p => $"""
            ({p.Id}, '{p.TrackingNumber}', {Zto}, {Zto}, {EastToEast}, {NextDay}, {Tmall}, '2026-11-01 00:00:00', '2026-11-02 12:00:00',
             '2026-11-02 00:00:00', 0, 0, 0, 0, 'Li Wei', '+86 138 0000 0000', '1 Wensan Road')
            """))};
        INSERT INTO ParcelTrackingNumbers (TrackingNumber, ParcelId, CarrierId, Sequence)
        VALUES {string.Join(", ", parcels.Select(p => $"('{p.TrackingNumber}', {p.Id}, {Zto}, 0)"))};
        """;
}

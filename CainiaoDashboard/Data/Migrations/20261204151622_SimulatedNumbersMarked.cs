using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class SimulatedNumbersMarked : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The simulator's numbers now start with SIM- (Domain/SimulatedParcels), which real parcels may not use. Its
            // parcels stored before get the prefix on every number they have, so that a restart finds them under the
            // numbers it regenerates (their event ids and complaint keys, SIM-<number>-..., are unchanged). They are the
            // parcels with its old number formats (ZT7, 77 or YT20 and an eleven-digit serial) whose serial names the
            // minute they were created in (serial = minute since 1970 x 1000 + index: a real number matches by chance
            // about once in a hundred million) and that have no scan but its own.
            var elevenDigits = string.Concat(Enumerable.Repeat("[0-9]", 11));
            static string SerialIsCreationMinute(int serialFrom) =>
                $"CAST(substr(p.TrackingNumber, {serialFrom}) AS INTEGER) / 1000 = CAST(strftime('%s', p.CreatedUtc) AS INTEGER) / 60";
            migrationBuilder.Sql($$"""
                CREATE TEMP TABLE SimulatedParcelIds AS
                SELECT p.Id FROM Parcels p
                WHERE ((p.TrackingNumber GLOB 'ZT7{{elevenDigits}}' AND {{SerialIsCreationMinute(4)}})
                       OR (p.TrackingNumber GLOB '77{{elevenDigits}}' AND {{SerialIsCreationMinute(3)}})
                       OR (p.TrackingNumber GLOB 'YT20{{elevenDigits}}' AND {{SerialIsCreationMinute(5)}}))
                  AND NOT EXISTS (SELECT 1 FROM TrackingEvents e WHERE e.ParcelId = p.Id AND e.CarrierEventId NOT LIKE 'SIM-%');
                UPDATE ParcelTrackingNumbers SET TrackingNumber = 'SIM-' || TrackingNumber WHERE ParcelId IN (SELECT Id FROM SimulatedParcelIds);
                UPDATE Parcels SET TrackingNumber = 'SIM-' || TrackingNumber WHERE Id IN (SELECT Id FROM SimulatedParcelIds);
                DROP TABLE SimulatedParcelIds;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE ParcelTrackingNumbers SET TrackingNumber = substr(TrackingNumber, 5) WHERE TrackingNumber LIKE 'SIM-%';
                UPDATE Parcels SET TrackingNumber = substr(TrackingNumber, 5) WHERE TrackingNumber LIKE 'SIM-%';
                """);
        }
    }
}

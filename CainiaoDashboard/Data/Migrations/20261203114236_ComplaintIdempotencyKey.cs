using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintIdempotencyKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Complaints",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // Complaints filed by the simulator before keys existed get the key it now sends (one complaint per parcel,
            // keyed by the parcel's first tracking number), so the first restart after the upgrade does not file them
            // again. Where restarts already filed one twice, only the earliest row gets the key; other rows keep none.
            migrationBuilder.Sql("""
                UPDATE Complaints
                SET IdempotencyKey = 'SIM-' || (SELECT p.TrackingNumber FROM Parcels p WHERE p.Id = Complaints.ParcelId) || '-complaint'
                WHERE Id IN (SELECT MIN(Id) FROM Complaints WHERE OpenedBy = 'simulator' GROUP BY ParcelId);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_IdempotencyKey",
                table: "Complaints",
                column: "IdempotencyKey",
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_IdempotencyKey",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Complaints");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventDedupPerParcel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TrackingEvents_Carriers_CarrierId",
                table: "TrackingEvents");

            migrationBuilder.DropIndex(
                name: "IX_TrackingEvents_CarrierId_CarrierEventId",
                table: "TrackingEvents");

            migrationBuilder.DropIndex(
                name: "IX_TrackingEvents_ParcelId_EventUtc",
                table: "TrackingEvents");

            migrationBuilder.CreateIndex(
                name: "IX_TrackingEvents_ParcelId_CarrierId_CarrierEventId",
                table: "TrackingEvents",
                columns: new[] { "ParcelId", "CarrierId", "CarrierEventId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrackingEvents_ParcelId_CarrierId_CarrierEventId",
                table: "TrackingEvents");

            migrationBuilder.CreateIndex(
                name: "IX_TrackingEvents_CarrierId_CarrierEventId",
                table: "TrackingEvents",
                columns: new[] { "CarrierId", "CarrierEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackingEvents_ParcelId_EventUtc",
                table: "TrackingEvents",
                columns: new[] { "ParcelId", "EventUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_TrackingEvents_Carriers_CarrierId",
                table: "TrackingEvents",
                column: "CarrierId",
                principalTable: "Carriers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReferenceIdsCheckedByWriter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Parcels_Carriers_CarrierId",
                table: "Parcels");

            migrationBuilder.DropForeignKey(
                name: "FK_Parcels_Channels_ChannelId",
                table: "Parcels");

            migrationBuilder.DropForeignKey(
                name: "FK_Parcels_Lanes_LaneId",
                table: "Parcels");

            migrationBuilder.DropForeignKey(
                name: "FK_Parcels_ServiceLevels_ServiceLevelId",
                table: "Parcels");

            migrationBuilder.DropForeignKey(
                name: "FK_ParcelTrackingNumbers_Carriers_CarrierId",
                table: "ParcelTrackingNumbers");

            migrationBuilder.DropIndex(
                name: "IX_ParcelTrackingNumbers_CarrierId",
                table: "ParcelTrackingNumbers");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_CarrierId",
                table: "Parcels");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_ChannelId",
                table: "Parcels");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_LaneId",
                table: "Parcels");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ParcelTrackingNumbers_CarrierId",
                table: "ParcelTrackingNumbers",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_CarrierId",
                table: "Parcels",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_ChannelId",
                table: "Parcels",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_LaneId",
                table: "Parcels",
                column: "LaneId");

            migrationBuilder.AddForeignKey(
                name: "FK_Parcels_Carriers_CarrierId",
                table: "Parcels",
                column: "CarrierId",
                principalTable: "Carriers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Parcels_Channels_ChannelId",
                table: "Parcels",
                column: "ChannelId",
                principalTable: "Channels",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Parcels_Lanes_LaneId",
                table: "Parcels",
                column: "LaneId",
                principalTable: "Lanes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Parcels_ServiceLevels_ServiceLevelId",
                table: "Parcels",
                column: "ServiceLevelId",
                principalTable: "ServiceLevels",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ParcelTrackingNumbers_Carriers_CarrierId",
                table: "ParcelTrackingNumbers",
                column: "CarrierId",
                principalTable: "Carriers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class QuotedSqlIdentifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrackingEvents_Unmapped",
                table: "TrackingEvents");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_InFlight_LastEvent",
                table: "Parcels");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ApiKeys_Holder",
                table: "ApiKeys");

            migrationBuilder.CreateIndex(
                name: "IX_TrackingEvents_Unmapped",
                table: "TrackingEvents",
                columns: new[] { "CarrierId", "RawCode" },
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_InFlight_LastEvent",
                table: "Parcels",
                columns: new[] { "ServiceLevelId", "LastEventUtc", "CarrierId", "LaneId" },
                filter: "\"Status\" > 0 AND \"Status\" < 90");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels",
                columns: new[] { "PromisedUtc", "CarrierId", "LaneId", "ServiceLevelId", "LateParty" },
                filter: "\"Status\" < 90");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ApiKeys_Holder",
                table: "ApiKeys",
                sql: "(\"Kind\" = 0 AND \"CarrierId\" IS NOT NULL AND \"PlatformName\" IS NULL) OR (\"Kind\" = 1 AND \"CarrierId\" IS NULL AND \"PlatformName\" IS NOT NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrackingEvents_Unmapped",
                table: "TrackingEvents");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_InFlight_LastEvent",
                table: "Parcels");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ApiKeys_Holder",
                table: "ApiKeys");

            migrationBuilder.CreateIndex(
                name: "IX_TrackingEvents_Unmapped",
                table: "TrackingEvents",
                columns: new[] { "CarrierId", "RawCode" },
                filter: "Status = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_InFlight_LastEvent",
                table: "Parcels",
                columns: new[] { "ServiceLevelId", "LastEventUtc", "CarrierId", "LaneId" },
                filter: "Status > 0 AND Status < 90");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels",
                columns: new[] { "PromisedUtc", "CarrierId", "LaneId", "ServiceLevelId", "LateParty" },
                filter: "Status < 90");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ApiKeys_Holder",
                table: "ApiKeys",
                sql: "(Kind = 0 AND CarrierId IS NOT NULL AND PlatformName IS NULL) OR (Kind = 1 AND CarrierId IS NULL AND PlatformName IS NOT NULL)");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LastScanCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parcels_InFlight_LastEvent",
                table: "Parcels");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels");

            migrationBuilder.CreateTable(
                name: "LastScanCounts",
                columns: table => new
                {
                    ServiceLevelId = table.Column<int>(type: "integer", nullable: false),
                    BucketHour = table.Column<long>(type: "bigint", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    LaneId = table.Column<int>(type: "integer", nullable: false),
                    Simulated = table.Column<bool>(type: "boolean", nullable: false),
                    Parcels = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LastScanCounts", x => new { x.ServiceLevelId, x.BucketHour, x.CarrierId, x.LaneId, x.Simulated });
                });

            // The in-flight parcels stored so far, counted by the hour of their last scan (hours since the Unix epoch, as the
            // writer keys them), the simulator's (SIM- numbers, any case) apart from the rest.
            migrationBuilder.Sql("""
                INSERT INTO "LastScanCounts" ("ServiceLevelId", "BucketHour", "CarrierId", "LaneId", "Simulated", "Parcels")
                SELECT "ServiceLevelId", floor(extract(epoch FROM "LastEventUtc") / 3600)::bigint, "CarrierId", "LaneId",
                       upper(substr("TrackingNumber", 1, 4)) = 'SIM-', count(*)
                FROM "Parcels"
                WHERE "Status" > 0 AND "Status" < 90 AND "LastEventUtc" IS NOT NULL
                GROUP BY 1, 2, 3, 4, 5
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels",
                columns: new[] { "PromisedUtc", "CarrierId", "LaneId", "ServiceLevelId", "LateParty", "LastEventUtc", "Status" },
                filter: "\"Status\" < 90");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LastScanCounts");

            migrationBuilder.DropIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels");

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
        }
    }
}

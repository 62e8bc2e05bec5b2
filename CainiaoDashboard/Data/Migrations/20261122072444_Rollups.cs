using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class Rollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HourlyRollups",
                columns: table => new
                {
                    BucketHour = table.Column<long>(type: "INTEGER", nullable: false),
                    CarrierId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceLevelId = table.Column<int>(type: "INTEGER", nullable: false),
                    HubId = table.Column<int>(type: "INTEGER", nullable: false),
                    Events = table.Column<long>(type: "INTEGER", nullable: false),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    PickedUp = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstAttempts = table.Column<long>(type: "INTEGER", nullable: false),
                    OnTimeFirstAttempts = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstAttemptDelivered = table.Column<long>(type: "INTEGER", nullable: false),
                    Delivered = table.Column<long>(type: "INTEGER", nullable: false),
                    ExceptionParcels = table.Column<long>(type: "INTEGER", nullable: false),
                    Complaints = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HourlyRollups", x => new { x.BucketHour, x.CarrierId, x.LaneId, x.ServiceLevelId, x.HubId });
                });

            migrationBuilder.CreateTable(
                name: "StatusCounts",
                columns: table => new
                {
                    CarrierId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceLevelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Parcels = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusCounts", x => new { x.CarrierId, x.LaneId, x.ServiceLevelId, x.Status });
                });

            migrationBuilder.CreateTable(
                name: "TransitHistograms",
                columns: table => new
                {
                    BucketDay = table.Column<long>(type: "INTEGER", nullable: false),
                    CarrierId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceLevelId = table.Column<int>(type: "INTEGER", nullable: false),
                    TransitBucket = table.Column<int>(type: "INTEGER", nullable: false),
                    Parcels = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransitHistograms", x => new { x.BucketDay, x.CarrierId, x.LaneId, x.ServiceLevelId, x.TransitBucket });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HourlyRollups");

            migrationBuilder.DropTable(
                name: "StatusCounts");

            migrationBuilder.DropTable(
                name: "TransitHistograms");
        }
    }
}

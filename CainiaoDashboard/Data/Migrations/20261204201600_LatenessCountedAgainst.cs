using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class LatenessCountedAgainst : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels");

            migrationBuilder.AddColumn<int>(
                name: "LateParty",
                table: "Parcels",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LateDeliveredCourier",
                table: "HourlyRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateDeliveredCustoms",
                table: "HourlyRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateDeliveredPartner",
                table: "HourlyRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateDeliveredRecipient",
                table: "HourlyRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateDeliveredShipper",
                table: "HourlyRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateDeliveredWeather",
                table: "HourlyRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "OwnFaultLateFirstAttempts",
                table: "HourlyRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateFirstAttemptsCourier",
                table: "DailyVolumes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateFirstAttemptsCustoms",
                table: "DailyVolumes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateFirstAttemptsPartner",
                table: "DailyVolumes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateFirstAttemptsRecipient",
                table: "DailyVolumes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateFirstAttemptsShipper",
                table: "DailyVolumes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "LateFirstAttemptsWeather",
                table: "DailyVolumes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels",
                columns: new[] { "PromisedUtc", "CarrierId", "LaneId", "ServiceLevelId", "LateParty" },
                filter: "Status < 90");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "LateParty",
                table: "Parcels");

            migrationBuilder.DropColumn(
                name: "LateDeliveredCourier",
                table: "HourlyRollups");

            migrationBuilder.DropColumn(
                name: "LateDeliveredCustoms",
                table: "HourlyRollups");

            migrationBuilder.DropColumn(
                name: "LateDeliveredPartner",
                table: "HourlyRollups");

            migrationBuilder.DropColumn(
                name: "LateDeliveredRecipient",
                table: "HourlyRollups");

            migrationBuilder.DropColumn(
                name: "LateDeliveredShipper",
                table: "HourlyRollups");

            migrationBuilder.DropColumn(
                name: "LateDeliveredWeather",
                table: "HourlyRollups");

            migrationBuilder.DropColumn(
                name: "OwnFaultLateFirstAttempts",
                table: "HourlyRollups");

            migrationBuilder.DropColumn(
                name: "LateFirstAttemptsCourier",
                table: "DailyVolumes");

            migrationBuilder.DropColumn(
                name: "LateFirstAttemptsCustoms",
                table: "DailyVolumes");

            migrationBuilder.DropColumn(
                name: "LateFirstAttemptsPartner",
                table: "DailyVolumes");

            migrationBuilder.DropColumn(
                name: "LateFirstAttemptsRecipient",
                table: "DailyVolumes");

            migrationBuilder.DropColumn(
                name: "LateFirstAttemptsShipper",
                table: "DailyVolumes");

            migrationBuilder.DropColumn(
                name: "LateFirstAttemptsWeather",
                table: "DailyVolumes");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_Open_Promised",
                table: "Parcels",
                columns: new[] { "PromisedUtc", "CarrierId", "LaneId", "ServiceLevelId" },
                filter: "Status < 90");
        }
    }
}

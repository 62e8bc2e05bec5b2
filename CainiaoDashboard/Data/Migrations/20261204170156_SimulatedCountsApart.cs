using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class SimulatedCountsApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_TransitHistograms",
                table: "TransitHistograms");

            migrationBuilder.DropPrimaryKey(
                name: "PK_StatusCounts",
                table: "StatusCounts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_HourlyRollups",
                table: "HourlyRollups");

            migrationBuilder.DropPrimaryKey(
                name: "PK_FlowTransitHistograms",
                table: "FlowTransitHistograms");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DailyVolumes",
                table: "DailyVolumes");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DailyFlows",
                table: "DailyFlows");

            migrationBuilder.AddColumn<bool>(
                name: "Simulated",
                table: "TransitHistograms",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Simulated",
                table: "StatusCounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Simulated",
                table: "HourlyRollups",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Simulated",
                table: "FlowTransitHistograms",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Simulated",
                table: "DailyVolumes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Simulated",
                table: "DailyFlows",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddPrimaryKey(
                name: "PK_TransitHistograms",
                table: "TransitHistograms",
                columns: new[] { "BucketDay", "CarrierId", "LaneId", "ServiceLevelId", "TransitBucket", "Simulated" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_StatusCounts",
                table: "StatusCounts",
                columns: new[] { "CarrierId", "LaneId", "ServiceLevelId", "HubId", "Status", "SubStatus", "Simulated" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_HourlyRollups",
                table: "HourlyRollups",
                columns: new[] { "BucketHour", "CarrierId", "LaneId", "ServiceLevelId", "HubId", "Simulated" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_FlowTransitHistograms",
                table: "FlowTransitHistograms",
                columns: new[] { "Day", "LaneId", "HubId", "HandoverCarrierId", "TransitBucket", "Simulated" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_DailyVolumes",
                table: "DailyVolumes",
                columns: new[] { "Day", "CarrierId", "ChannelId", "ServiceLevelId", "RegionId", "Simulated" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_DailyFlows",
                table: "DailyFlows",
                columns: new[] { "Day", "LaneId", "HubId", "HandoverCarrierId", "Simulated" });

            // The counts so far belong to whichever parcels the database holds. Where it holds the simulator's, every row
            // moves to the simulated side; where it holds real parcels too, the start of the next writing process moves
            // the real parcels' share back (SimulatedCountsSplit: the rules that made the counts are C#, not SQL).
            // The simulator's numbers are stored upper case, so the range reads the tracking-number index.
            foreach (var (table, _, _) in Tables)
            {
                migrationBuilder.Sql($"""
                    UPDATE {table} SET Simulated = 1
                    WHERE EXISTS (SELECT 1 FROM Parcels WHERE TrackingNumber >= 'SIM-' AND TrackingNumber < 'SIM.')
                    """);
            }
        }

        /// <summary>Each rollup table with its key columns (without Simulated) and its counter columns.</summary>
        private static readonly (string Table, string Keys, string Counters)[] Tables =
        [
            ("HourlyRollups", "BucketHour, CarrierId, LaneId, ServiceLevelId, HubId",
                "Events, HubDepartures, Created, PickedUp, FirstAttempts, OnTimeFirstAttempts, FirstAttemptDelivered, Delivered, ExceptionParcels, Complaints"),
            ("TransitHistograms", "BucketDay, CarrierId, LaneId, ServiceLevelId, TransitBucket", "Parcels"),
            ("StatusCounts", "CarrierId, LaneId, ServiceLevelId, HubId, Status, SubStatus", "Parcels"),
            ("DailyVolumes", "Day, CarrierId, ChannelId, ServiceLevelId, RegionId", "Created, FirstAttempts, OnTimeFirstAttempts, Complaints"),
            ("DailyFlows", "Day, LaneId, HubId, HandoverCarrierId", "Parcels, FirstAttempts, OnTimeFirstAttempts, Delivered"),
            ("FlowTransitHistograms", "Day, LaneId, HubId, HandoverCarrierId, TransitBucket", "Parcels"),
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Simulated rows are added into the real ones first: without the column their keys would collide.
            foreach (var (table, keys, counters) in Tables)
            {
                var columns = counters.Split(", ");
                migrationBuilder.Sql($"""
                    INSERT INTO {table} ({keys}, Simulated, {counters})
                    SELECT {keys}, 0, {counters} FROM {table} WHERE Simulated = 1
                    ON CONFLICT ({keys}, Simulated) DO UPDATE SET {string.Join(", ", columns.Select(c => $"{c} = {c} + excluded.{c}"))}
                    """);
                migrationBuilder.Sql($"DELETE FROM {table} WHERE Simulated = 1");
            }

            migrationBuilder.DropPrimaryKey(
                name: "PK_TransitHistograms",
                table: "TransitHistograms");

            migrationBuilder.DropPrimaryKey(
                name: "PK_StatusCounts",
                table: "StatusCounts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_HourlyRollups",
                table: "HourlyRollups");

            migrationBuilder.DropPrimaryKey(
                name: "PK_FlowTransitHistograms",
                table: "FlowTransitHistograms");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DailyVolumes",
                table: "DailyVolumes");

            migrationBuilder.DropPrimaryKey(
                name: "PK_DailyFlows",
                table: "DailyFlows");

            migrationBuilder.DropColumn(
                name: "Simulated",
                table: "TransitHistograms");

            migrationBuilder.DropColumn(
                name: "Simulated",
                table: "StatusCounts");

            migrationBuilder.DropColumn(
                name: "Simulated",
                table: "HourlyRollups");

            migrationBuilder.DropColumn(
                name: "Simulated",
                table: "FlowTransitHistograms");

            migrationBuilder.DropColumn(
                name: "Simulated",
                table: "DailyVolumes");

            migrationBuilder.DropColumn(
                name: "Simulated",
                table: "DailyFlows");

            migrationBuilder.AddPrimaryKey(
                name: "PK_TransitHistograms",
                table: "TransitHistograms",
                columns: new[] { "BucketDay", "CarrierId", "LaneId", "ServiceLevelId", "TransitBucket" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_StatusCounts",
                table: "StatusCounts",
                columns: new[] { "CarrierId", "LaneId", "ServiceLevelId", "HubId", "Status", "SubStatus" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_HourlyRollups",
                table: "HourlyRollups",
                columns: new[] { "BucketHour", "CarrierId", "LaneId", "ServiceLevelId", "HubId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_FlowTransitHistograms",
                table: "FlowTransitHistograms",
                columns: new[] { "Day", "LaneId", "HubId", "HandoverCarrierId", "TransitBucket" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_DailyVolumes",
                table: "DailyVolumes",
                columns: new[] { "Day", "CarrierId", "ChannelId", "ServiceLevelId", "RegionId" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_DailyFlows",
                table: "DailyFlows",
                columns: new[] { "Day", "LaneId", "HubId", "HandoverCarrierId" });
        }
    }
}

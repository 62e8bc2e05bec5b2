using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Migrations
{
    /// <summary>
    /// The rollup tables become WITHOUT ROWID tables, stored in their keys' order: a range of one hour, day or service
    /// (the overview's live re-reads, the stalled counts) reads neighbouring rows instead of looking each row up in a
    /// table of its own after the key, and the writer's upserts change one b-tree instead of two. EF Core has no setting
    /// for it, so the tables are rebuilt here with the columns they have (all integers, in this order; counters added
    /// by later migrations default to 0); nothing in the model changes. Only SQLite: PostgreSQL has no rowid.
    /// <c>RollupsWithoutRowidTests</c> fails if a later migration rebuilds one of them the way EF Core would, with a rowid.
    /// </summary>
    public partial class RollupsWithoutRowid : Migration
    {
        private static readonly RollupTable[] Tables =
        [
            new("HourlyRollups",
                Key: ["BucketHour", "CarrierId", "LaneId", "ServiceLevelId", "HubId", "Simulated"],
                Counters: ["Complaints", "Created", "Delivered", "Events", "ExceptionParcels", "FirstAttemptDelivered", "FirstAttempts", "HubDepartures", "OnTimeFirstAttempts", "PickedUp"],
                CountersAddedLater: ["LateDeliveredCourier", "LateDeliveredCustoms", "LateDeliveredPartner", "LateDeliveredRecipient", "LateDeliveredShipper", "LateDeliveredWeather", "OwnFaultLateFirstAttempts"]),
            new("TransitHistograms",
                Key: ["BucketDay", "CarrierId", "LaneId", "ServiceLevelId", "TransitBucket", "Simulated"],
                Counters: ["Parcels"],
                CountersAddedLater: []),
            new("StatusCounts",
                Key: ["CarrierId", "LaneId", "ServiceLevelId", "HubId", "Status", "SubStatus", "Simulated"],
                Counters: ["Parcels"],
                CountersAddedLater: []),
            new("LastScanCounts",
                Key: ["ServiceLevelId", "BucketHour", "CarrierId", "LaneId", "Simulated"],
                Counters: ["Parcels"],
                CountersAddedLater: []),
            new("DailyVolumes",
                Key: ["Day", "CarrierId", "ChannelId", "ServiceLevelId", "RegionId", "Simulated"],
                Counters: ["Complaints", "Created", "FirstAttempts", "OnTimeFirstAttempts"],
                CountersAddedLater: ["LateFirstAttemptsCourier", "LateFirstAttemptsCustoms", "LateFirstAttemptsPartner", "LateFirstAttemptsRecipient", "LateFirstAttemptsShipper", "LateFirstAttemptsWeather"]),
            new("DailyFlows",
                Key: ["Day", "LaneId", "HubId", "HandoverCarrierId", "Simulated"],
                Counters: ["Delivered", "FirstAttempts", "OnTimeFirstAttempts", "Parcels"],
                CountersAddedLater: []),
            new("FlowTransitHistograms",
                Key: ["Day", "LaneId", "HubId", "HandoverCarrierId", "TransitBucket", "Simulated"],
                Counters: ["Parcels"],
                CountersAddedLater: []),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Rebuild(withoutRowid: true));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Rebuild(withoutRowid: false));

        private static string Rebuild(bool withoutRowid) => string.Join("\n", Tables.Select(table => table.Rebuild(withoutRowid)));

        private sealed record RollupTable(string Name, string[] Key, string[] Counters, string[] CountersAddedLater)
        {
            public string Rebuild(bool withoutRowid)
            {
                string[] columns = [.. Key, .. Counters, .. CountersAddedLater];
                var definitions = columns.Select(c => $"\"{c}\" INTEGER NOT NULL{(CountersAddedLater.Contains(c) ? " DEFAULT 0" : "")}");
                var names = string.Join(", ", columns.Select(c => $"\"{c}\""));
                return $"""
                    CREATE TABLE "{Name}_rebuilt" (
                        {string.Join(", ", definitions)},
                        CONSTRAINT "PK_{Name}" PRIMARY KEY ({string.Join(", ", Key.Select(c => $"\"{c}\""))})
                    ){(withoutRowid ? " WITHOUT ROWID" : "")};
                    INSERT INTO "{Name}_rebuilt" ({names}) SELECT {names} FROM "{Name}";
                    DROP TABLE "{Name}";
                    ALTER TABLE "{Name}_rebuilt" RENAME TO "{Name}";
                    """;
            }
        }
    }
}

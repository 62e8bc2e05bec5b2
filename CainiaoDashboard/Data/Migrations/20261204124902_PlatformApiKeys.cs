using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CainiaoDashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class PlatformApiKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CarrierId = table.Column<int>(type: "INTEGER", nullable: true),
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.CheckConstraint("CK_ApiKeys_Holder", "(Kind = 0 AND CarrierId IS NOT NULL AND PlatformName IS NULL) OR (Kind = 1 AND CarrierId IS NULL AND PlatformName IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_ApiKeys_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_CarrierId",
                table: "ApiKeys",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_KeyHash",
                table: "ApiKeys",
                column: "KeyHash",
                unique: true);

            // Carriers' keys become carrier keys of the new table, ids and all: they keep working.
            migrationBuilder.Sql("""
                INSERT INTO ApiKeys (Id, Kind, CarrierId, PlatformName, KeyHash, Prefix, CreatedUtc, RevokedUtc)
                SELECT Id, 0, CarrierId, NULL, KeyHash, Prefix, CreatedUtc, RevokedUtc FROM CarrierApiKeys;
                """);

            migrationBuilder.DropTable(
                name: "CarrierApiKeys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.CreateTable(
                name: "CarrierApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CarrierId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarrierApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarrierApiKeys_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CarrierApiKeys_CarrierId",
                table: "CarrierApiKeys",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_CarrierApiKeys_KeyHash",
                table: "CarrierApiKeys",
                column: "KeyHash",
                unique: true);

            // Platform keys have no place in the older table and are dropped with it.
            migrationBuilder.Sql("""
                INSERT INTO CarrierApiKeys (Id, CarrierId, CreatedUtc, KeyHash, Prefix, RevokedUtc)
                SELECT Id, CarrierId, CreatedUtc, KeyHash, Prefix, RevokedUtc FROM ApiKeys WHERE Kind = 0;
                """);

            migrationBuilder.DropTable(
                name: "ApiKeys");
        }
    }
}

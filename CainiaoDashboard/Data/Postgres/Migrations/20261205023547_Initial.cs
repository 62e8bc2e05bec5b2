using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace CainiaoDashboard.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Carriers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Scope = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Carriers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Channels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Channels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DailyFlows",
                columns: table => new
                {
                    Day = table.Column<int>(type: "integer", nullable: false),
                    LaneId = table.Column<int>(type: "integer", nullable: false),
                    HubId = table.Column<int>(type: "integer", nullable: false),
                    HandoverCarrierId = table.Column<int>(type: "integer", nullable: false),
                    Simulated = table.Column<bool>(type: "boolean", nullable: false),
                    Parcels = table.Column<long>(type: "bigint", nullable: false),
                    FirstAttempts = table.Column<long>(type: "bigint", nullable: false),
                    OnTimeFirstAttempts = table.Column<long>(type: "bigint", nullable: false),
                    Delivered = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyFlows", x => new { x.Day, x.LaneId, x.HubId, x.HandoverCarrierId, x.Simulated });
                });

            migrationBuilder.CreateTable(
                name: "DailyVolumes",
                columns: table => new
                {
                    Day = table.Column<int>(type: "integer", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    ChannelId = table.Column<int>(type: "integer", nullable: false),
                    ServiceLevelId = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Simulated = table.Column<bool>(type: "boolean", nullable: false),
                    Created = table.Column<long>(type: "bigint", nullable: false),
                    FirstAttempts = table.Column<long>(type: "bigint", nullable: false),
                    OnTimeFirstAttempts = table.Column<long>(type: "bigint", nullable: false),
                    Complaints = table.Column<long>(type: "bigint", nullable: false),
                    LateFirstAttemptsShipper = table.Column<long>(type: "bigint", nullable: false),
                    LateFirstAttemptsCourier = table.Column<long>(type: "bigint", nullable: false),
                    LateFirstAttemptsPartner = table.Column<long>(type: "bigint", nullable: false),
                    LateFirstAttemptsCustoms = table.Column<long>(type: "bigint", nullable: false),
                    LateFirstAttemptsRecipient = table.Column<long>(type: "bigint", nullable: false),
                    LateFirstAttemptsWeather = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyVolumes", x => new { x.Day, x.CarrierId, x.ChannelId, x.ServiceLevelId, x.RegionId, x.Simulated });
                });

            migrationBuilder.CreateTable(
                name: "FlowTransitHistograms",
                columns: table => new
                {
                    Day = table.Column<int>(type: "integer", nullable: false),
                    LaneId = table.Column<int>(type: "integer", nullable: false),
                    HubId = table.Column<int>(type: "integer", nullable: false),
                    HandoverCarrierId = table.Column<int>(type: "integer", nullable: false),
                    TransitBucket = table.Column<int>(type: "integer", nullable: false),
                    Simulated = table.Column<bool>(type: "boolean", nullable: false),
                    Parcels = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FlowTransitHistograms", x => new { x.Day, x.LaneId, x.HubId, x.HandoverCarrierId, x.TransitBucket, x.Simulated });
                });

            migrationBuilder.CreateTable(
                name: "HourlyRollups",
                columns: table => new
                {
                    BucketHour = table.Column<long>(type: "bigint", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    LaneId = table.Column<int>(type: "integer", nullable: false),
                    ServiceLevelId = table.Column<int>(type: "integer", nullable: false),
                    HubId = table.Column<int>(type: "integer", nullable: false),
                    Simulated = table.Column<bool>(type: "boolean", nullable: false),
                    Events = table.Column<long>(type: "bigint", nullable: false),
                    HubDepartures = table.Column<long>(type: "bigint", nullable: false),
                    Created = table.Column<long>(type: "bigint", nullable: false),
                    PickedUp = table.Column<long>(type: "bigint", nullable: false),
                    FirstAttempts = table.Column<long>(type: "bigint", nullable: false),
                    OnTimeFirstAttempts = table.Column<long>(type: "bigint", nullable: false),
                    FirstAttemptDelivered = table.Column<long>(type: "bigint", nullable: false),
                    Delivered = table.Column<long>(type: "bigint", nullable: false),
                    ExceptionParcels = table.Column<long>(type: "bigint", nullable: false),
                    Complaints = table.Column<long>(type: "bigint", nullable: false),
                    LateDeliveredShipper = table.Column<long>(type: "bigint", nullable: false),
                    LateDeliveredCourier = table.Column<long>(type: "bigint", nullable: false),
                    LateDeliveredPartner = table.Column<long>(type: "bigint", nullable: false),
                    LateDeliveredCustoms = table.Column<long>(type: "bigint", nullable: false),
                    LateDeliveredRecipient = table.Column<long>(type: "bigint", nullable: false),
                    LateDeliveredWeather = table.Column<long>(type: "bigint", nullable: false),
                    OwnFaultLateFirstAttempts = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HourlyRollups", x => new { x.BucketHour, x.CarrierId, x.LaneId, x.ServiceLevelId, x.HubId, x.Simulated });
                });

            migrationBuilder.CreateTable(
                name: "Parcels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    LaneId = table.Column<int>(type: "integer", nullable: false),
                    ServiceLevelId = table.Column<int>(type: "integer", nullable: false),
                    ChannelId = table.Column<int>(type: "integer", nullable: false),
                    BookedCarrierId = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PromisedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AtRiskUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EstimatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PickedUpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FirstAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeliveredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SubStatus = table.Column<int>(type: "integer", nullable: false),
                    Lateness = table.Column<int>(type: "integer", nullable: false),
                    LateParty = table.Column<int>(type: "integer", nullable: true),
                    LastEventUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastHubId = table.Column<int>(type: "integer", nullable: true),
                    AttemptCount = table.Column<int>(type: "integer", nullable: false),
                    DeliveryHubId = table.Column<int>(type: "integer", nullable: true),
                    OriginHubId = table.Column<int>(type: "integer", nullable: true),
                    FirstExceptionUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RecipientName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C"),
                    RecipientPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    RecipientAddress = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parcels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    PromiseHours = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceLevels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatusCounts",
                columns: table => new
                {
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    LaneId = table.Column<int>(type: "integer", nullable: false),
                    ServiceLevelId = table.Column<int>(type: "integer", nullable: false),
                    HubId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SubStatus = table.Column<int>(type: "integer", nullable: false),
                    Simulated = table.Column<bool>(type: "boolean", nullable: false),
                    Parcels = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatusCounts", x => new { x.CarrierId, x.LaneId, x.ServiceLevelId, x.HubId, x.Status, x.SubStatus, x.Simulated });
                });

            migrationBuilder.CreateTable(
                name: "TransitHistograms",
                columns: table => new
                {
                    BucketDay = table.Column<long>(type: "bigint", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    LaneId = table.Column<int>(type: "integer", nullable: false),
                    ServiceLevelId = table.Column<int>(type: "integer", nullable: false),
                    TransitBucket = table.Column<int>(type: "integer", nullable: false),
                    Simulated = table.Column<bool>(type: "boolean", nullable: false),
                    Parcels = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransitHistograms", x => new { x.BucketDay, x.CarrierId, x.LaneId, x.ServiceLevelId, x.TransitBucket, x.Simulated });
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ClaimType = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    ClaimValue = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderKey = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RoleId = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LoginProvider = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Value = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: true),
                    PlatformName = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.CheckConstraint("CK_ApiKeys_Holder", "(\"Kind\" = 0 AND \"CarrierId\" IS NOT NULL AND \"PlatformName\" IS NULL) OR (\"Kind\" = 1 AND \"CarrierId\" IS NULL AND \"PlatformName\" IS NOT NULL)");
                    table.ForeignKey(
                        name: "FK_ApiKeys_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParcelId = table.Column<long>(type: "bigint", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    LaneId = table.Column<int>(type: "integer", nullable: false),
                    ServiceLevelId = table.Column<int>(type: "integer", nullable: false),
                    HubId = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    ContactChannel = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    State = table.Column<int>(type: "integer", nullable: false),
                    IsValid = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OpenedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParcelNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParcelId = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false, collation: "C"),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParcelNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParcelNotes_Parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParcelTrackingNumbers",
                columns: table => new
                {
                    TrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false, collation: "C"),
                    ParcelId = table.Column<long>(type: "bigint", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParcelTrackingNumbers", x => x.TrackingNumber);
                    table.ForeignKey(
                        name: "FK_ParcelTrackingNumbers_Parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromiseChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParcelId = table.Column<long>(type: "bigint", nullable: false),
                    PromisedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromiseChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromiseChanges_Parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrackingEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParcelId = table.Column<long>(type: "bigint", nullable: false),
                    CarrierId = table.Column<int>(type: "integer", nullable: false),
                    CarrierEventId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SubStatus = table.Column<int>(type: "integer", nullable: false),
                    RawCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    RawText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    HubId = table.Column<int>(type: "integer", nullable: true),
                    EventUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackingEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrackingEvents_Parcels_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "Parcels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hubs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false, collation: "C"),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hubs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hubs_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Lanes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OriginRegionId = table.Column<int>(type: "integer", nullable: false),
                    DestinationRegionId = table.Column<int>(type: "integer", nullable: false),
                    IsCrossBorder = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lanes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lanes_Regions_DestinationRegionId",
                        column: x => x.DestinationRegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Lanes_Regions_OriginRegionId",
                        column: x => x.OriginRegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ComplaintId = table.Column<long>(type: "bigint", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    FromState = table.Column<int>(type: "integer", nullable: false),
                    ToState = table.Column<int>(type: "integer", nullable: false),
                    FromValid = table.Column<bool>(type: "boolean", nullable: false),
                    ToValid = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintChanges_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Carriers",
                columns: new[] { "Id", "Code", "Name", "Scope" },
                values: new object[,]
                {
                    { 1, "ZTO", "ZTO Express (Zhongtong)", 0 },
                    { 2, "STO", "STO Express (Shentong)", 0 },
                    { 3, "YTO", "YTO Express", 0 },
                    { 4, "USPS", "USPS", 1 },
                    { 5, "SINGPOST", "Singapore Post", 1 },
                    { 6, "CORREOS", "Correos", 1 }
                });

            migrationBuilder.InsertData(
                table: "Channels",
                columns: new[] { "Id", "Code", "Name" },
                values: new object[,]
                {
                    { 1, "TMALL", "Tmall" },
                    { 2, "TAOBAO", "Taobao" },
                    { 3, "ALIEXPRESS", "AliExpress" },
                    { 4, "TMALL_GLOBAL", "Tmall Global" }
                });

            migrationBuilder.InsertData(
                table: "Regions",
                columns: new[] { "Id", "Code", "CountryCode", "Name" },
                values: new object[,]
                {
                    { 1, "CN-EAST", "CN", "East China" },
                    { 2, "CN-SOUTH", "CN", "South China" },
                    { 3, "CN-NORTH", "CN", "North China" },
                    { 4, "CN-CENTRAL", "CN", "Central China" },
                    { 5, "CN-WEST", "CN", "Southwest China" },
                    { 6, "US", "US", "United States" },
                    { 7, "SEA", "SG", "Southeast Asia" },
                    { 8, "EU", "ES", "Europe" },
                    { 9, "LATAM", "BR", "South America" }
                });

            migrationBuilder.InsertData(
                table: "ServiceLevels",
                columns: new[] { "Id", "Code", "Name", "PromiseHours" },
                values: new object[,]
                {
                    { 1, "SAME_DAY", "Same-day", 12 },
                    { 2, "NEXT_DAY", "Next-day", 36 },
                    { 3, "STANDARD", "Standard domestic", 96 },
                    { 4, "CROSS_BORDER", "Cross-border", 480 }
                });

            migrationBuilder.InsertData(
                table: "Hubs",
                columns: new[] { "Id", "Code", "Kind", "Name", "RegionId", "TimeZoneId" },
                values: new object[,]
                {
                    { 1, "HGH", 0, "Hangzhou sorting centre", 1, "Asia/Shanghai" },
                    { 2, "SHA", 0, "Shanghai sorting centre", 1, "Asia/Shanghai" },
                    { 3, "YIW", 0, "Yiwu sorting centre", 1, "Asia/Shanghai" },
                    { 4, "CAN", 0, "Guangzhou sorting centre", 2, "Asia/Shanghai" },
                    { 5, "SZX", 0, "Shenzhen sorting centre", 2, "Asia/Shanghai" },
                    { 6, "PEK", 0, "Beijing sorting centre", 3, "Asia/Shanghai" },
                    { 7, "WUH", 0, "Wuhan sorting centre", 4, "Asia/Shanghai" },
                    { 8, "CTU", 0, "Chengdu sorting centre", 5, "Asia/Shanghai" },
                    { 9, "LAX", 1, "Los Angeles gateway", 6, "America/Los_Angeles" },
                    { 10, "JFK", 1, "New York gateway", 6, "America/New_York" },
                    { 11, "SIN", 1, "Singapore gateway", 7, "Asia/Singapore" },
                    { 12, "MAD", 1, "Madrid gateway", 8, "Europe/Madrid" },
                    { 13, "GRU", 1, "Sao Paulo gateway", 9, "America/Sao_Paulo" }
                });

            migrationBuilder.InsertData(
                table: "Lanes",
                columns: new[] { "Id", "DestinationRegionId", "IsCrossBorder", "OriginRegionId" },
                values: new object[,]
                {
                    { 1, 1, false, 1 },
                    { 2, 2, false, 1 },
                    { 3, 3, false, 1 },
                    { 4, 4, false, 1 },
                    { 5, 5, false, 1 },
                    { 6, 1, false, 2 },
                    { 7, 2, false, 2 },
                    { 8, 3, false, 2 },
                    { 9, 4, false, 2 },
                    { 10, 5, false, 2 },
                    { 11, 1, false, 3 },
                    { 12, 2, false, 3 },
                    { 13, 3, false, 3 },
                    { 14, 4, false, 3 },
                    { 15, 5, false, 3 },
                    { 16, 1, false, 4 },
                    { 17, 2, false, 4 },
                    { 18, 3, false, 4 },
                    { 19, 4, false, 4 },
                    { 20, 5, false, 4 },
                    { 21, 1, false, 5 },
                    { 22, 2, false, 5 },
                    { 23, 3, false, 5 },
                    { 24, 4, false, 5 },
                    { 25, 5, false, 5 },
                    { 26, 6, true, 1 },
                    { 27, 7, true, 1 },
                    { 28, 8, true, 1 },
                    { 29, 9, true, 1 },
                    { 30, 6, true, 2 },
                    { 31, 7, true, 2 },
                    { 32, 8, true, 2 },
                    { 33, 9, true, 2 }
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

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Carriers_Code",
                table: "Carriers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Channels_Code",
                table: "Channels",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintChanges_ComplaintId",
                table: "ComplaintChanges",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CarrierId",
                table: "Complaints",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_IdempotencyKey",
                table: "Complaints",
                column: "IdempotencyKey",
                unique: true,
                filter: "\"IdempotencyKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ParcelId",
                table: "Complaints",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_State_OpenedUtc",
                table: "Complaints",
                columns: new[] { "State", "OpenedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Hubs_Code",
                table: "Hubs",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Hubs_RegionId",
                table: "Hubs",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Lanes_DestinationRegionId",
                table: "Lanes",
                column: "DestinationRegionId");

            migrationBuilder.CreateIndex(
                name: "IX_Lanes_OriginRegionId_DestinationRegionId",
                table: "Lanes",
                columns: new[] { "OriginRegionId", "DestinationRegionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParcelNotes_ParcelId",
                table: "ParcelNotes",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_CreatedUtc",
                table: "Parcels",
                column: "CreatedUtc");

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

            migrationBuilder.CreateIndex(
                name: "IX_Parcels_TrackingNumber",
                table: "Parcels",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParcelTrackingNumbers_ParcelId",
                table: "ParcelTrackingNumbers",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_PromiseChanges_ParcelId",
                table: "PromiseChanges",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_Regions_Code",
                table: "Regions",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceLevels_Code",
                table: "ServiceLevels",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackingEvents_ParcelId_CarrierId_CarrierEventId",
                table: "TrackingEvents",
                columns: new[] { "ParcelId", "CarrierId", "CarrierEventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrackingEvents_Unmapped",
                table: "TrackingEvents",
                columns: new[] { "CarrierId", "RawCode" },
                filter: "\"Status\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Channels");

            migrationBuilder.DropTable(
                name: "ComplaintChanges");

            migrationBuilder.DropTable(
                name: "DailyFlows");

            migrationBuilder.DropTable(
                name: "DailyVolumes");

            migrationBuilder.DropTable(
                name: "FlowTransitHistograms");

            migrationBuilder.DropTable(
                name: "HourlyRollups");

            migrationBuilder.DropTable(
                name: "Hubs");

            migrationBuilder.DropTable(
                name: "Lanes");

            migrationBuilder.DropTable(
                name: "ParcelNotes");

            migrationBuilder.DropTable(
                name: "ParcelTrackingNumbers");

            migrationBuilder.DropTable(
                name: "PromiseChanges");

            migrationBuilder.DropTable(
                name: "ServiceLevels");

            migrationBuilder.DropTable(
                name: "StatusCounts");

            migrationBuilder.DropTable(
                name: "TrackingEvents");

            migrationBuilder.DropTable(
                name: "TransitHistograms");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "Regions");

            migrationBuilder.DropTable(
                name: "Carriers");

            migrationBuilder.DropTable(
                name: "Parcels");
        }
    }
}

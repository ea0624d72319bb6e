using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Integrations.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WebhooksChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ConsecutiveFailures",
                table: "integrations_webhook_endpoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "DisabledAt",
                table: "integrations_webhook_endpoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DisabledReason",
                table: "integrations_webhook_endpoints",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreviousProtectedSecret",
                table: "integrations_webhook_endpoints",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PreviousSecretUntil",
                table: "integrations_webhook_endpoints",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProtectedSecret",
                table: "integrations_webhook_endpoints",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "integrations_webhook_endpoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "SecretRotatedAt",
                table: "integrations_webhook_endpoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "UpdatedAt",
                table: "integrations_webhook_endpoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "integrations_webhook_attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndpointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Replay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    DurationMs = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ResponseExcerpt = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_webhook_attempts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integrations_webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndpointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReplayRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_webhook_deliveries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_attempts_TenantId",
                table: "integrations_webhook_attempts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_attempts_TenantId_DeliveryId",
                table: "integrations_webhook_attempts",
                columns: new[] { "TenantId", "DeliveryId" });

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_deliveries_EndpointId_EventId",
                table: "integrations_webhook_deliveries",
                columns: new[] { "EndpointId", "EventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_deliveries_NextAttemptAt",
                table: "integrations_webhook_deliveries",
                column: "NextAttemptAt");

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_deliveries_TenantId",
                table: "integrations_webhook_deliveries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_deliveries_TenantId_EndpointId_CreatedAt",
                table: "integrations_webhook_deliveries",
                columns: new[] { "TenantId", "EndpointId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "integrations_webhook_attempts");

            migrationBuilder.DropTable(
                name: "integrations_webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "ConsecutiveFailures",
                table: "integrations_webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                table: "integrations_webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "DisabledReason",
                table: "integrations_webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "PreviousProtectedSecret",
                table: "integrations_webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "PreviousSecretUntil",
                table: "integrations_webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "ProtectedSecret",
                table: "integrations_webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "integrations_webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "SecretRotatedAt",
                table: "integrations_webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "integrations_webhook_endpoints");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Integrations.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "integrations_inbox_messages",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_inbox_messages", x => new { x.Source, x.ExternalId });
                });

            migrationBuilder.CreateTable(
                name: "integrations_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "integrations_processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_processed_messages", x => new { x.MessageId, x.Consumer });
                });

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

            migrationBuilder.CreateTable(
                name: "integrations_webhook_endpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EventTypes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PreviousProtectedSecret = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreviousSecretUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    SecretRotatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    DisabledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DisabledReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_integrations_webhook_endpoints", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_integrations_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "integrations_outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });

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

            migrationBuilder.CreateIndex(
                name: "IX_integrations_webhook_endpoints_TenantId",
                table: "integrations_webhook_endpoints",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "integrations_inbox_messages");

            migrationBuilder.DropTable(
                name: "integrations_outbox_messages");

            migrationBuilder.DropTable(
                name: "integrations_processed_messages");

            migrationBuilder.DropTable(
                name: "integrations_webhook_attempts");

            migrationBuilder.DropTable(
                name: "integrations_webhook_deliveries");

            migrationBuilder.DropTable(
                name: "integrations_webhook_endpoints");
        }
    }
}

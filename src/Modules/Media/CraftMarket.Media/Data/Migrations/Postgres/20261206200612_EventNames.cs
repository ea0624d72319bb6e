using System;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Media.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EventNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                schema: "media",
                table: "outbox_messages");

            migrationBuilder.RenameColumn(
                name: "Type",
                schema: "media",
                table: "outbox_messages",
                newName: "Name");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeadAt",
                schema: "media",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "media",
                table: "outbox_messages",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            // Rows stored before wire names carry CLR type names: give them their events' names.
            LegacyEventNames.Rewrite(migrationBuilder, "media");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "media",
                columns: table => new
                {
                    Source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.Source, x.ExternalId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "media",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            LegacyEventNames.Restore(migrationBuilder, "media");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "media");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "media",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                schema: "media",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "media",
                table: "outbox_messages");

            migrationBuilder.RenameColumn(
                name: "Name",
                schema: "media",
                table: "outbox_messages",
                newName: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                schema: "media",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }
    }
}

using System;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Members.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EventNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                schema: "members",
                table: "outbox_messages");

            migrationBuilder.RenameColumn(
                name: "Type",
                schema: "members",
                table: "outbox_messages",
                newName: "Name");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeadAt",
                schema: "members",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "members",
                table: "outbox_messages",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            // Rows stored before wire names carry CLR type names: give them their events' names.
            LegacyEventNames.Rewrite(migrationBuilder, "members");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "members",
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
                schema: "members",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            LegacyEventNames.Restore(migrationBuilder, "members");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "members");

            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                schema: "members",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                schema: "members",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "members",
                table: "outbox_messages");

            migrationBuilder.RenameColumn(
                name: "Name",
                schema: "members",
                table: "outbox_messages",
                newName: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                schema: "members",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }
    }
}

using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Media.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_media_outbox_messages_ProcessedAt_NextAttemptAt",
                table: "media_outbox_messages");

            migrationBuilder.RenameColumn(
                name: "Type",
                table: "media_outbox_messages",
                newName: "Name");

            migrationBuilder.AddColumn<long>(
                name: "DeadAt",
                table: "media_outbox_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "media_outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            // Rows stored before wire names carry CLR type names: give them their events' names.
            LegacyEventNames.Rewrite(migrationBuilder, "media");

            migrationBuilder.CreateTable(
                name: "media_inbox_messages",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_media_inbox_messages", x => new { x.Source, x.ExternalId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_media_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "media_outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            LegacyEventNames.Restore(migrationBuilder, "media");

            migrationBuilder.DropTable(
                name: "media_inbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_media_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "media_outbox_messages");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                table: "media_outbox_messages");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "media_outbox_messages");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "media_outbox_messages",
                newName: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_media_outbox_messages_ProcessedAt_NextAttemptAt",
                table: "media_outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }
    }
}

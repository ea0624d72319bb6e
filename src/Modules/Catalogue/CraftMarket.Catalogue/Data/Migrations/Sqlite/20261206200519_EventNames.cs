using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Catalogue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_catalogue_outbox_messages_ProcessedAt_NextAttemptAt",
                table: "catalogue_outbox_messages");

            migrationBuilder.RenameColumn(
                name: "Type",
                table: "catalogue_outbox_messages",
                newName: "Name");

            migrationBuilder.AddColumn<long>(
                name: "DeadAt",
                table: "catalogue_outbox_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "catalogue_outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            // Rows stored before wire names carry CLR type names: give them their events' names.
            LegacyEventNames.Rewrite(migrationBuilder, "catalogue");

            migrationBuilder.CreateTable(
                name: "catalogue_inbox_messages",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_inbox_messages", x => new { x.Source, x.ExternalId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "catalogue_outbox_messages",
                columns: new[] { "ProcessedAt", "DeadAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            LegacyEventNames.Restore(migrationBuilder, "catalogue");

            migrationBuilder.DropTable(
                name: "catalogue_inbox_messages");

            migrationBuilder.DropIndex(
                name: "IX_catalogue_outbox_messages_ProcessedAt_DeadAt_NextAttemptAt",
                table: "catalogue_outbox_messages");

            migrationBuilder.DropColumn(
                name: "DeadAt",
                table: "catalogue_outbox_messages");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "catalogue_outbox_messages");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "catalogue_outbox_messages",
                newName: "Type");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_outbox_messages_ProcessedAt_NextAttemptAt",
                table: "catalogue_outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }
    }
}

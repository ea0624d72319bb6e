using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Identity.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_inbox_messages",
                columns: table => new
                {
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_inbox_messages", x => new { x.Source, x.ExternalId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_inbox_messages");
        }
    }
}

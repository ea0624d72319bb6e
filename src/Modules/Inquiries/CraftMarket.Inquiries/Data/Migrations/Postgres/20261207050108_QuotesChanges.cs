using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Inquiries.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuotesChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MarkSchemeName",
                schema: "inquiries",
                table: "quotes",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_quotes_Status_ValidUntil",
                schema: "inquiries",
                table: "quotes",
                columns: new[] { "Status", "ValidUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_quotes_Status_ValidUntil",
                schema: "inquiries",
                table: "quotes");

            migrationBuilder.DropColumn(
                name: "MarkSchemeName",
                schema: "inquiries",
                table: "quotes");
        }
    }
}

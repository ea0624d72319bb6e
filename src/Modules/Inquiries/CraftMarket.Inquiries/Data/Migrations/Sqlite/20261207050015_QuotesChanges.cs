using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Inquiries.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuotesChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MarkSchemeName",
                table: "inquiries_quotes",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiries_quotes_Status_ValidUntil",
                table: "inquiries_quotes",
                columns: new[] { "Status", "ValidUntil" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inquiries_quotes_Status_ValidUntil",
                table: "inquiries_quotes");

            migrationBuilder.DropColumn(
                name: "MarkSchemeName",
                table: "inquiries_quotes");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Inquiries.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OffersChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_shares_Status_Deadline",
                schema: "inquiries",
                table: "shares",
                columns: new[] { "Status", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_shares_Status_Deadline",
                schema: "inquiries",
                table: "shares");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Inquiries.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OffersChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_inquiries_shares_Status_Deadline",
                table: "inquiries_shares",
                columns: new[] { "Status", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inquiries_shares_Status_Deadline",
                table: "inquiries_shares");
        }
    }
}

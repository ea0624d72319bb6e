using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Inquiries.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ListChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_inquiries_TenantId_ListId",
                schema: "inquiries",
                table: "inquiries",
                columns: new[] { "TenantId", "ListId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inquiries_TenantId_ListId",
                schema: "inquiries",
                table: "inquiries");
        }
    }
}

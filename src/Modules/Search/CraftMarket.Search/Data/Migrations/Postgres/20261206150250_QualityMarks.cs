using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Search.Data.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class QualityMarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "product_quality_marks",
                schema: "search",
                columns: table => new
                {
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Granted = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_product_quality_marks", x => x.ProductId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_product_quality_marks_TenantId",
                schema: "search",
                table: "product_quality_marks",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "product_quality_marks",
                schema: "search");
        }
    }
}

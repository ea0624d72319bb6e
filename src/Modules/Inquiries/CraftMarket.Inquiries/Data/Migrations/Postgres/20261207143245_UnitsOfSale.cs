using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Inquiries.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnitsOfSale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Unit",
                schema: "inquiries",
                table: "inquiry_lines",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "piece");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Unit",
                schema: "inquiries",
                table: "inquiry_lines");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Orders.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnitsOfSale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Unit",
                schema: "orders",
                table: "work_orders",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "piece");

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                schema: "orders",
                table: "order_lines",
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
                schema: "orders",
                table: "work_orders");

            migrationBuilder.DropColumn(
                name: "Unit",
                schema: "orders",
                table: "order_lines");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitsOfSale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "orders_work_orders",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "piece");

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "orders_order_lines",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "piece");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Unit",
                table: "orders_work_orders");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "orders_order_lines");
        }
    }
}

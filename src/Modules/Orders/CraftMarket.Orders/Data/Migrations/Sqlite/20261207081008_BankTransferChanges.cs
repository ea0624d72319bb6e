using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BankTransferChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecordedByName",
                table: "orders_refunds",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "orders_refunds",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RefundedOn",
                table: "orders_refunds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "orders_payments",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_payments_TenantId_OrderId_IdempotencyKey",
                table: "orders_payments",
                columns: new[] { "TenantId", "OrderId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_payments_TenantId_OrderId_IdempotencyKey",
                table: "orders_payments");

            migrationBuilder.DropColumn(
                name: "RecordedByName",
                table: "orders_refunds");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "orders_refunds");

            migrationBuilder.DropColumn(
                name: "RefundedOn",
                table: "orders_refunds");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "orders_payments");
        }
    }
}

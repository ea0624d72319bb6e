using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Orders.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BankTransferChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecordedByName",
                schema: "orders",
                table: "refunds",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reference",
                schema: "orders",
                table: "refunds",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RefundedOn",
                schema: "orders",
                table: "refunds",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                schema: "orders",
                table: "payments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_TenantId_OrderId_IdempotencyKey",
                schema: "orders",
                table: "payments",
                columns: new[] { "TenantId", "OrderId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_payments_TenantId_OrderId_IdempotencyKey",
                schema: "orders",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "RecordedByName",
                schema: "orders",
                table: "refunds");

            migrationBuilder.DropColumn(
                name: "Reference",
                schema: "orders",
                table: "refunds");

            migrationBuilder.DropColumn(
                name: "RefundedOn",
                schema: "orders",
                table: "refunds");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                schema: "orders",
                table: "payments");
        }
    }
}

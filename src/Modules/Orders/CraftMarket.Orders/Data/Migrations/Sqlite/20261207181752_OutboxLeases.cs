using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AggregateKey",
                table: "orders_outbox_messages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "orders_outbox_messages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseUntil",
                table: "orders_outbox_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_outbox_messages_AggregateKey_OccurredAt",
                table: "orders_outbox_messages",
                columns: new[] { "AggregateKey", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_orders_outbox_messages_AggregateKey_OccurredAt",
                table: "orders_outbox_messages");

            migrationBuilder.DropColumn(
                name: "AggregateKey",
                table: "orders_outbox_messages");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "orders_outbox_messages");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "orders_outbox_messages");
        }
    }
}

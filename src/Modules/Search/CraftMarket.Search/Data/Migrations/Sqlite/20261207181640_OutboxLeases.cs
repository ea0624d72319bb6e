using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Search.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AggregateKey",
                table: "search_outbox_messages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "search_outbox_messages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LeaseUntil",
                table: "search_outbox_messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_search_outbox_messages_AggregateKey_OccurredAt",
                table: "search_outbox_messages",
                columns: new[] { "AggregateKey", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_search_outbox_messages_AggregateKey_OccurredAt",
                table: "search_outbox_messages");

            migrationBuilder.DropColumn(
                name: "AggregateKey",
                table: "search_outbox_messages");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "search_outbox_messages");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "search_outbox_messages");
        }
    }
}

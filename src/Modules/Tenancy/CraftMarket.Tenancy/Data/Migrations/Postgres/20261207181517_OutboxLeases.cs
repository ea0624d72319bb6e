using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Tenancy.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AggregateKey",
                schema: "tenancy",
                table: "outbox_messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                schema: "tenancy",
                table: "outbox_messages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LeaseUntil",
                schema: "tenancy",
                table: "outbox_messages",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_AggregateKey_OccurredAt",
                schema: "tenancy",
                table: "outbox_messages",
                columns: new[] { "AggregateKey", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_AggregateKey_OccurredAt",
                schema: "tenancy",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "AggregateKey",
                schema: "tenancy",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                schema: "tenancy",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                schema: "tenancy",
                table: "outbox_messages");
        }
    }
}

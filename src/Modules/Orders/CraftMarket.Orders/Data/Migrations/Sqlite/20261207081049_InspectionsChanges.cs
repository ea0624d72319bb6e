using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Orders.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InspectionsChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "orders_inspection_photos",
                columns: table => new
                {
                    FileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders_inspection_photos", x => x.FileId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_inspection_photos_TenantId",
                table: "orders_inspection_photos",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_inspection_photos_TenantId_WorkOrderId",
                table: "orders_inspection_photos",
                columns: new[] { "TenantId", "WorkOrderId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "orders_inspection_photos");
        }
    }
}

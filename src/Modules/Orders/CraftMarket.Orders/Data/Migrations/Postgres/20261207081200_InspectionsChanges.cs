using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Orders.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InspectionsChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspection_photos",
                schema: "orders",
                columns: table => new
                {
                    FileId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckId = table.Column<Guid>(type: "uuid", nullable: true),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspection_photos", x => x.FileId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inspection_photos_TenantId",
                schema: "orders",
                table: "inspection_photos",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_inspection_photos_TenantId_WorkOrderId",
                schema: "orders",
                table: "inspection_photos",
                columns: new[] { "TenantId", "WorkOrderId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspection_photos",
                schema: "orders");
        }
    }
}

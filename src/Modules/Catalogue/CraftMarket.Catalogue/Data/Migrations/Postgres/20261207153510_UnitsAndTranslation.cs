using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Catalogue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UnitsAndTranslation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Unit",
                schema: "catalogue",
                table: "products",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "piece");

            migrationBuilder.CreateTable(
                name: "machine_translation",
                schema: "catalogue",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ApiKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_machine_translation", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "translation_memory",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    KeyLength = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Target = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Confirmations = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_translation_memory", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_machine_translation_TenantId",
                schema: "catalogue",
                table: "machine_translation",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_translation_memory_TenantId",
                schema: "catalogue",
                table: "translation_memory",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_translation_memory_TenantId_Language_KeyLength",
                schema: "catalogue",
                table: "translation_memory",
                columns: new[] { "TenantId", "Language", "KeyLength" });

            migrationBuilder.CreateIndex(
                name: "IX_translation_memory_TenantId_Language_SourceKey",
                schema: "catalogue",
                table: "translation_memory",
                columns: new[] { "TenantId", "Language", "SourceKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "machine_translation",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "translation_memory",
                schema: "catalogue");

            migrationBuilder.DropColumn(
                name: "Unit",
                schema: "catalogue",
                table: "products");
        }
    }
}

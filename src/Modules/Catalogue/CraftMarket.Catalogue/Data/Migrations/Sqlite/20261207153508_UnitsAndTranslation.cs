using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Catalogue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UnitsAndTranslation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "catalogue_products",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "piece");

            migrationBuilder.CreateTable(
                name: "catalogue_machine_translation",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApiKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_machine_translation", x => x.TenantId);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_translation_memory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    KeyLength = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Confirmations = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_translation_memory", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_machine_translation_TenantId",
                table: "catalogue_machine_translation",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_translation_memory_TenantId",
                table: "catalogue_translation_memory",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_translation_memory_TenantId_Language_KeyLength",
                table: "catalogue_translation_memory",
                columns: new[] { "TenantId", "Language", "KeyLength" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_translation_memory_TenantId_Language_SourceKey",
                table: "catalogue_translation_memory",
                columns: new[] { "TenantId", "Language", "SourceKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalogue_machine_translation");

            migrationBuilder.DropTable(
                name: "catalogue_translation_memory");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "catalogue_products");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Tenancy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ModuleSwitches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ModuleSwitches",
                table: "tenancy_tenants",
                type: "TEXT",
                nullable: false,
                // Existing associations run every module: only switched-off modules are listed.
                defaultValue: "{\"off\":[]}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ModuleSwitches",
                table: "tenancy_tenants");
        }
    }
}

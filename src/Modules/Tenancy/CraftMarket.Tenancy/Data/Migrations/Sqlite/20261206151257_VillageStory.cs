using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Tenancy.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VillageStory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Story",
                table: "tenancy_tenants",
                type: "TEXT",
                nullable: false,
                // Existing associations read as an empty story (JSON with every field defaulted) until they write one.
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Story",
                table: "tenancy_tenants");
        }
    }
}

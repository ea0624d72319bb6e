using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Tenancy.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VillageStory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Story",
                schema: "tenancy",
                table: "tenants",
                type: "text",
                nullable: false,
                // Existing associations read as an empty story (JSON with every field defaulted) until they write one.
                defaultValue: "{}");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Story",
                schema: "tenancy",
                table: "tenants");
        }
    }
}

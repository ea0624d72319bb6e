using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Catalogue.Data.Migrations.Postgres
{
    /// <summary>
    /// Prices become Money (ADR 0022): amounts in minor units plus the currency they are in. Every
    /// existing row was priced in đồng, which have no minor unit, so the amounts keep their values,
    /// the new currency column says VND, and the price breaks' JSON key is renamed to match.
    /// </summary>
    public partial class MoneyAmounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "LowestPriceVnd",
                schema: "catalogue",
                table: "products",
                newName: "LowestPriceMinor");

            migrationBuilder.RenameColumn(
                name: "BasePriceVnd",
                schema: "catalogue",
                table: "products",
                newName: "BasePriceMinor");

            migrationBuilder.RenameIndex(
                name: "IX_products_TenantId_Status_LowestPriceVnd_Id",
                schema: "catalogue",
                table: "products",
                newName: "IX_products_TenantId_Status_LowestPriceMinor_Id");

            migrationBuilder.RenameIndex(
                name: "IX_products_TenantId_Status_CategoryId_LowestPriceVnd_Id",
                schema: "catalogue",
                table: "products",
                newName: "IX_products_TenantId_Status_CategoryId_LowestPriceMinor_Id");

            migrationBuilder.AddColumn<string>(
                name: "PriceCurrency",
                schema: "catalogue",
                table: "products",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "VND");

            // Amount values only ever appear as numbers, so the quoted key is the only match.
            migrationBuilder.Sql("""
                UPDATE catalogue.products SET price_breaks = replace(price_breaks::text, '"UnitPriceVnd"', '"UnitPriceMinor"')::jsonb WHERE price_breaks IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE catalogue.products SET price_breaks = replace(price_breaks::text, '"UnitPriceMinor"', '"UnitPriceVnd"')::jsonb WHERE price_breaks IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "PriceCurrency",
                schema: "catalogue",
                table: "products");

            migrationBuilder.RenameColumn(
                name: "LowestPriceMinor",
                schema: "catalogue",
                table: "products",
                newName: "LowestPriceVnd");

            migrationBuilder.RenameColumn(
                name: "BasePriceMinor",
                schema: "catalogue",
                table: "products",
                newName: "BasePriceVnd");

            migrationBuilder.RenameIndex(
                name: "IX_products_TenantId_Status_LowestPriceMinor_Id",
                schema: "catalogue",
                table: "products",
                newName: "IX_products_TenantId_Status_LowestPriceVnd_Id");

            migrationBuilder.RenameIndex(
                name: "IX_products_TenantId_Status_CategoryId_LowestPriceMinor_Id",
                schema: "catalogue",
                table: "products",
                newName: "IX_products_TenantId_Status_CategoryId_LowestPriceVnd_Id");
        }
    }
}

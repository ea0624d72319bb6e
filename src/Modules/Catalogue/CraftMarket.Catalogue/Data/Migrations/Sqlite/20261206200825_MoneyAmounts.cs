using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Catalogue.Data.Migrations.Sqlite
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
                table: "catalogue_products",
                newName: "LowestPriceMinor");

            migrationBuilder.RenameColumn(
                name: "BasePriceVnd",
                table: "catalogue_products",
                newName: "BasePriceMinor");

            migrationBuilder.RenameIndex(
                name: "IX_catalogue_products_TenantId_Status_LowestPriceVnd_Id",
                table: "catalogue_products",
                newName: "IX_catalogue_products_TenantId_Status_LowestPriceMinor_Id");

            migrationBuilder.RenameIndex(
                name: "IX_catalogue_products_TenantId_Status_CategoryId_LowestPriceVnd_Id",
                table: "catalogue_products",
                newName: "IX_catalogue_products_TenantId_Status_CategoryId_LowestPriceMinor_Id");

            migrationBuilder.AddColumn<string>(
                name: "PriceCurrency",
                table: "catalogue_products",
                type: "TEXT",
                maxLength: 3,
                nullable: false,
                defaultValue: "VND");

            // Amount values only ever appear as numbers, so the quoted key is the only match.
            migrationBuilder.Sql("""
                UPDATE "catalogue_products" SET "price_breaks" = replace("price_breaks", '"UnitPriceVnd"', '"UnitPriceMinor"') WHERE "price_breaks" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "catalogue_products" SET "price_breaks" = replace("price_breaks", '"UnitPriceMinor"', '"UnitPriceVnd"') WHERE "price_breaks" IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "PriceCurrency",
                table: "catalogue_products");

            migrationBuilder.RenameColumn(
                name: "LowestPriceMinor",
                table: "catalogue_products",
                newName: "LowestPriceVnd");

            migrationBuilder.RenameColumn(
                name: "BasePriceMinor",
                table: "catalogue_products",
                newName: "BasePriceVnd");

            migrationBuilder.RenameIndex(
                name: "IX_catalogue_products_TenantId_Status_LowestPriceMinor_Id",
                table: "catalogue_products",
                newName: "IX_catalogue_products_TenantId_Status_LowestPriceVnd_Id");

            migrationBuilder.RenameIndex(
                name: "IX_catalogue_products_TenantId_Status_CategoryId_LowestPriceMinor_Id",
                table: "catalogue_products",
                newName: "IX_catalogue_products_TenantId_Status_CategoryId_LowestPriceVnd_Id");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Catalogue.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalogue_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Retired = table.Column<bool>(type: "INTEGER", nullable: false),
                    CapacityKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name_En = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Name_Fr = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Name_Ja = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Name_Vi = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_processed_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "catalogue_product_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    fields = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_product_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MonthlyCapacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MaterialVi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MaterialEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MaterialFr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MaterialJa = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WeightGrams = table.Column<int>(type: "INTEGER", nullable: true),
                    Colours = table.Column<string>(type: "TEXT", nullable: false),
                    RawMaterialOrigin = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Packaging = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    HsCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PlaceOfOrigin = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BasePriceVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    MinimumOrderQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderMultiple = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadTimeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MakerIds = table.Column<string>(type: "TEXT", nullable: false),
                    LowestPriceVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Description_En = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Fr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Ja = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Description_Vi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Dimensions_HeightCm = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Dimensions_LengthCm = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Dimensions_WidthCm = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Technique_En = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Technique_Fr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Technique_Ja = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Technique_Vi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    price_breaks = table.Column<string>(type: "TEXT", nullable: true),
                    variants = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_skus",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalogue_skus", x => new { x.TenantId, x.Sku });
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_categories_TenantId",
                table: "catalogue_categories",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_categories_TenantId_Position",
                table: "catalogue_categories",
                columns: new[] { "TenantId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_outbox_messages_ProcessedAt_NextAttemptAt",
                table: "catalogue_outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_product_changes_TenantId",
                table: "catalogue_product_changes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_product_changes_TenantId_ProductId_At",
                table: "catalogue_product_changes",
                columns: new[] { "TenantId", "ProductId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId",
                table: "catalogue_products",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId_Sku",
                table: "catalogue_products",
                columns: new[] { "TenantId", "Sku" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId_Status_CategoryId_LowestPriceVnd_Id",
                table: "catalogue_products",
                columns: new[] { "TenantId", "Status", "CategoryId", "LowestPriceVnd", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId_Status_CategoryId_PublishedAt_Id",
                table: "catalogue_products",
                columns: new[] { "TenantId", "Status", "CategoryId", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId_Status_LowestPriceVnd_Id",
                table: "catalogue_products",
                columns: new[] { "TenantId", "Status", "LowestPriceVnd", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId_Status_MaterialVi_MaterialEn_MaterialFr_MaterialJa",
                table: "catalogue_products",
                columns: new[] { "TenantId", "Status", "MaterialVi", "MaterialEn", "MaterialFr", "MaterialJa" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId_Status_NameEn_Id",
                table: "catalogue_products",
                columns: new[] { "TenantId", "Status", "NameEn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId_Status_NameVi_Id",
                table: "catalogue_products",
                columns: new[] { "TenantId", "Status", "NameVi", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId_Status_PublishedAt_Id",
                table: "catalogue_products",
                columns: new[] { "TenantId", "Status", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId_Status_SubmittedAt_Id",
                table: "catalogue_products",
                columns: new[] { "TenantId", "Status", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_products_TenantId_Status_UpdatedAt_Id",
                table: "catalogue_products",
                columns: new[] { "TenantId", "Status", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_skus_ProductId",
                table: "catalogue_skus",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_catalogue_skus_TenantId",
                table: "catalogue_skus",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalogue_categories");

            migrationBuilder.DropTable(
                name: "catalogue_outbox_messages");

            migrationBuilder.DropTable(
                name: "catalogue_processed_messages");

            migrationBuilder.DropTable(
                name: "catalogue_product_changes");

            migrationBuilder.DropTable(
                name: "catalogue_products");

            migrationBuilder.DropTable(
                name: "catalogue_skus");
        }
    }
}

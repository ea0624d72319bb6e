using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Catalogue.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "catalogue");

            migrationBuilder.CreateTable(
                name: "categories",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    CapacityKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Name_Fr = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Name_Ja = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Name_Vi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "processed_messages",
                schema: "catalogue",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "product_changes",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    fields = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_product_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "products",
                schema: "catalogue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MonthlyCapacity = table.Column<int>(type: "integer", nullable: true),
                    Sku = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    NameVi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NameFr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NameJa = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MaterialVi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MaterialEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MaterialFr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MaterialJa = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WeightGrams = table.Column<int>(type: "integer", nullable: true),
                    Colours = table.Column<List<string>>(type: "text[]", nullable: false),
                    RawMaterialOrigin = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Packaging = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    HsCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    PlaceOfOrigin = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BasePriceVnd = table.Column<long>(type: "bigint", nullable: false),
                    MinimumOrderQuantity = table.Column<int>(type: "integer", nullable: false),
                    OrderMultiple = table.Column<int>(type: "integer", nullable: false),
                    LeadTimeDays = table.Column<int>(type: "integer", nullable: false),
                    MakerIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    LowestPriceVnd = table.Column<long>(type: "bigint", nullable: false),
                    Description_En = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Fr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Ja = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Description_Vi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Dimensions_HeightCm = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Dimensions_LengthCm = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Dimensions_WidthCm = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    Technique_En = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Technique_Fr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Technique_Ja = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Technique_Vi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    price_breaks = table.Column<string>(type: "jsonb", nullable: true),
                    variants = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "skus",
                schema: "catalogue",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sku = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_skus", x => new { x.TenantId, x.Sku });
                });

            migrationBuilder.CreateIndex(
                name: "IX_categories_TenantId",
                schema: "catalogue",
                table: "categories",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_categories_TenantId_Position",
                schema: "catalogue",
                table: "categories",
                columns: new[] { "TenantId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedAt_NextAttemptAt",
                schema: "catalogue",
                table: "outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_product_changes_TenantId",
                schema: "catalogue",
                table: "product_changes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_product_changes_TenantId_ProductId_At",
                schema: "catalogue",
                table: "product_changes",
                columns: new[] { "TenantId", "ProductId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId",
                schema: "catalogue",
                table: "products",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId_Sku",
                schema: "catalogue",
                table: "products",
                columns: new[] { "TenantId", "Sku" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId_Status_CategoryId_LowestPriceVnd_Id",
                schema: "catalogue",
                table: "products",
                columns: new[] { "TenantId", "Status", "CategoryId", "LowestPriceVnd", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId_Status_CategoryId_PublishedAt_Id",
                schema: "catalogue",
                table: "products",
                columns: new[] { "TenantId", "Status", "CategoryId", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId_Status_LowestPriceVnd_Id",
                schema: "catalogue",
                table: "products",
                columns: new[] { "TenantId", "Status", "LowestPriceVnd", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId_Status_MaterialVi_MaterialEn_MaterialFr_M~",
                schema: "catalogue",
                table: "products",
                columns: new[] { "TenantId", "Status", "MaterialVi", "MaterialEn", "MaterialFr", "MaterialJa" });

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId_Status_NameEn_Id",
                schema: "catalogue",
                table: "products",
                columns: new[] { "TenantId", "Status", "NameEn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId_Status_NameVi_Id",
                schema: "catalogue",
                table: "products",
                columns: new[] { "TenantId", "Status", "NameVi", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId_Status_PublishedAt_Id",
                schema: "catalogue",
                table: "products",
                columns: new[] { "TenantId", "Status", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId_Status_SubmittedAt_Id",
                schema: "catalogue",
                table: "products",
                columns: new[] { "TenantId", "Status", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_products_TenantId_Status_UpdatedAt_Id",
                schema: "catalogue",
                table: "products",
                columns: new[] { "TenantId", "Status", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_skus_ProductId",
                schema: "catalogue",
                table: "skus",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_skus_TenantId",
                schema: "catalogue",
                table: "skus",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "categories",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "processed_messages",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "product_changes",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "products",
                schema: "catalogue");

            migrationBuilder.DropTable(
                name: "skus",
                schema: "catalogue");
        }
    }
}

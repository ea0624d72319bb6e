using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Media.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "media_outbox_messages",
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
                    table.PrimaryKey("PK_media_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "media_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ByteSize = table.Column<long>(type: "INTEGER", nullable: false),
                    Producer = table.Column<Guid>(type: "TEXT", nullable: true),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    Sizes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Recipe = table.Column<int>(type: "INTEGER", nullable: false),
                    DominantColor = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Placeholder = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReadyAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Renders = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_media_photos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "media_processed_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_media_processed_messages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "media_product_visibility",
                columns: table => new
                {
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_media_product_visibility", x => x.ProductId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_media_outbox_messages_ProcessedAt_NextAttemptAt",
                table: "media_outbox_messages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_media_photos_Sha256",
                table: "media_photos",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_media_photos_TenantId",
                table: "media_photos",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_media_photos_TenantId_ClientId",
                table: "media_photos",
                columns: new[] { "TenantId", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_media_photos_TenantId_Producer",
                table: "media_photos",
                columns: new[] { "TenantId", "Producer" });

            migrationBuilder.CreateIndex(
                name: "IX_media_photos_TenantId_ProductId_Position",
                table: "media_photos",
                columns: new[] { "TenantId", "ProductId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_media_product_visibility_TenantId",
                table: "media_product_visibility",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "media_outbox_messages");

            migrationBuilder.DropTable(
                name: "media_photos");

            migrationBuilder.DropTable(
                name: "media_processed_messages");

            migrationBuilder.DropTable(
                name: "media_product_visibility");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.QualityMarks.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VerificationChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "secrets",
                schema: "quality_marks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    ProtectedValue = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_secrets", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_label_batches_KeyId_Number",
                schema: "quality_marks",
                table: "label_batches",
                columns: new[] { "KeyId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "secrets",
                schema: "quality_marks");

            migrationBuilder.DropIndex(
                name: "IX_label_batches_KeyId_Number",
                schema: "quality_marks",
                table: "label_batches");
        }
    }
}

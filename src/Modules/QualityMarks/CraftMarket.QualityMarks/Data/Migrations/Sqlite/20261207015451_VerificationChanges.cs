using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.QualityMarks.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VerificationChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "quality_marks_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ProtectedValue = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_quality_marks_secrets", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_label_batches_KeyId_Number",
                table: "quality_marks_label_batches",
                columns: new[] { "KeyId", "Number" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "quality_marks_secrets");

            migrationBuilder.DropIndex(
                name: "IX_quality_marks_label_batches_KeyId_Number",
                table: "quality_marks_label_batches");
        }
    }
}

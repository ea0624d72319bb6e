using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.QualityMarks.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CertificatesChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "StartRecordedAt",
                table: "quality_marks_certificates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_quality_marks_certificates_TenantId_ApplicationId",
                table: "quality_marks_certificates",
                columns: new[] { "TenantId", "ApplicationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_quality_marks_certificates_TenantId_ApplicationId",
                table: "quality_marks_certificates");

            migrationBuilder.DropColumn(
                name: "StartRecordedAt",
                table: "quality_marks_certificates");
        }
    }
}

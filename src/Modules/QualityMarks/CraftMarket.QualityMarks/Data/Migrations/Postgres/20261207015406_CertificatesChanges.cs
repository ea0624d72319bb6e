using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.QualityMarks.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CertificatesChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StartRecordedAt",
                schema: "quality_marks",
                table: "certificates",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_certificates_TenantId_ApplicationId",
                schema: "quality_marks",
                table: "certificates",
                columns: new[] { "TenantId", "ApplicationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_certificates_TenantId_ApplicationId",
                schema: "quality_marks",
                table: "certificates");

            migrationBuilder.DropColumn(
                name: "StartRecordedAt",
                schema: "quality_marks",
                table: "certificates");
        }
    }
}

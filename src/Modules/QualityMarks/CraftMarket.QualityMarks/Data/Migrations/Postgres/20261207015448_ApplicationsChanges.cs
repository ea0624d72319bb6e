using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.QualityMarks.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApplicationsChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                schema: "quality_marks",
                table: "inspections",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "PhotoFileIds",
                schema: "quality_marks",
                table: "inspections",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CancelledAt",
                schema: "quality_marks",
                table: "inspections");

            migrationBuilder.DropColumn(
                name: "PhotoFileIds",
                schema: "quality_marks",
                table: "inspections");
        }
    }
}

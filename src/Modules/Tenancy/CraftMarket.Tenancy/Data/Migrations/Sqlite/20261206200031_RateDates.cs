using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Tenancy.Data.Migrations.Sqlite
{
    /// <summary>
    /// Display-currency rates gain the date they were set (ADR 0022). The profile is a JSON document,
    /// so no column changes: each existing rate is dated with its association's last update, the
    /// latest day the rate can have been set.
    /// </summary>
    public partial class RateDates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // UpdatedAt is UTC ticks on SQLite (ModuleDbContext); 621355968000000000 ticks is 1970-01-01.
            migrationBuilder.Sql("""
                UPDATE "tenancy_tenants"
                SET "Profile" = json_set("Profile", '$.displayCurrencies',
                    (SELECT json_group_array(json_set(r.value, '$.setOn', date(("tenancy_tenants"."UpdatedAt" - 621355968000000000) / 10000000, 'unixepoch')))
                     FROM json_each("tenancy_tenants"."Profile", '$.displayCurrencies') AS r))
                WHERE json_type("Profile", '$.displayCurrencies') = 'array' AND json_array_length("Profile", '$.displayCurrencies') > 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "tenancy_tenants"
                SET "Profile" = json_set("Profile", '$.displayCurrencies',
                    (SELECT json_group_array(json_remove(r.value, '$.setOn'))
                     FROM json_each("tenancy_tenants"."Profile", '$.displayCurrencies') AS r))
                WHERE json_type("Profile", '$.displayCurrencies') = 'array' AND json_array_length("Profile", '$.displayCurrencies') > 0;
                """);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CraftMarket.Tenancy.Data.Migrations.Postgres
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
            migrationBuilder.Sql("""
                UPDATE tenancy.tenants AS t
                SET "Profile" = jsonb_set(t."Profile"::jsonb, '{displayCurrencies}',
                    (SELECT jsonb_agg(r.value || jsonb_build_object('setOn', to_char(t."UpdatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD')) ORDER BY r.ordinality)
                     FROM jsonb_array_elements(t."Profile"::jsonb -> 'displayCurrencies') WITH ORDINALITY AS r(value, ordinality)))::text
                WHERE jsonb_typeof(t."Profile"::jsonb -> 'displayCurrencies') = 'array'
                  AND jsonb_array_length(t."Profile"::jsonb -> 'displayCurrencies') > 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE tenancy.tenants AS t
                SET "Profile" = jsonb_set(t."Profile"::jsonb, '{displayCurrencies}',
                    (SELECT jsonb_agg(r.value - 'setOn' ORDER BY r.ordinality)
                     FROM jsonb_array_elements(t."Profile"::jsonb -> 'displayCurrencies') WITH ORDINALITY AS r(value, ordinality)))::text
                WHERE jsonb_typeof(t."Profile"::jsonb -> 'displayCurrencies') = 'array'
                  AND jsonb_array_length(t."Profile"::jsonb -> 'displayCurrencies') > 0;
                """);
        }
    }
}

using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Data;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CraftMarket.Tenancy.Tests;

/// <summary>
/// Migration RateDates on a registry that already holds an association whose display rates have
/// no date: each rate is dated with the association's last update, on both providers, and reads
/// back as a dated ExchangeRate.
/// </summary>
public sealed class RateDatesMigrationTests
{
    private const string OldProfile = """
        {"nameVi":"Hiệp hội cũ","nameEn":"Old association","hostNames":[],"defaultLanguage":"vi","supportedLanguages":["vi","en"],
         "baseCurrency":"VND","displayCurrencies":[{"code":"USD","ratePerBaseUnit":0.000038},{"code":"JPY","ratePerBaseUnit":0.00585}]}
        """;
    private const string Brand = """{"brandName":"Old"}""";
    private static readonly DateTimeOffset LastUpdate = new(2026, 10, 15, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sqlite_rates_without_a_date_get_the_associations_last_update_day()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cm-rates-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteTenancyDb>()
                .UseSqlite($"Data Source={file};Pooling=False", x => x.MigrationsHistoryTable("__ef_migrations_history_tenancy")).Options;
            await using var db = new SqliteTenancyDb(options, new TenantContext());
            var id = Guid.NewGuid();
            await MigrateThroughAsync(db, id, $$"""
                INSERT INTO "tenancy_tenants" ("Id", "Slug", "Profile", "Brand", "Status", "CreatedAt", "UpdatedAt")
                VALUES ('{{id.ToString().ToUpperInvariant()}}', 'old-village', '{{OldProfile}}', '{{Brand}}', 'Active', {{LastUpdate.UtcTicks}}, {{LastUpdate.UtcTicks}});
                """);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Postgres_rates_without_a_date_get_the_associations_last_update_day()
    {
        var options = new DbContextOptionsBuilder<PostgresTenancyDb>()
            .UseNpgsql(PostgresDatabase.Create(), x => x.MigrationsHistoryTable("__ef_migrations_history", "tenancy")).Options;
        await using var db = new PostgresTenancyDb(options, new TenantContext());
        var id = Guid.NewGuid();
        await MigrateThroughAsync(db, id, $$"""
            INSERT INTO tenancy.tenants ("Id", "Slug", "Profile", "Brand", "Status", "CreatedAt", "UpdatedAt")
            VALUES ('{{id}}', 'old-village', '{{OldProfile}}', '{{Brand}}', 'Active', '{{LastUpdate:O}}', '{{LastUpdate:O}}');
            """);
    }

    private static async Task MigrateThroughAsync(TenancyDb db, Guid id, string insertOldRow)
    {
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        var rateDates = all.FindIndex(m => m.EndsWith("_RateDates", StringComparison.Ordinal));
        rateDates.ShouldBeGreaterThan(0);
        await migrator.MigrateAsync(all[rateDates - 1]);
        (await InsertAsync(db, insertOldRow)).ShouldBe(1);

        await migrator.MigrateAsync();

        var tenant = (await db.Tenants.AsNoTracking().SingleAsync(t => t.Id == new TenantId(id))).ToResolved();
        var day = new DateOnly(2026, 10, 15);
        tenant.DisplayCurrencies.Select(c => (c.Code, c.RatePerBaseUnit, c.SetOn)).ShouldBe([("USD", 0.000038m, day), ("JPY", 0.00585m, day)]);
        var usd = tenant.DisplayRate("USD")!;
        (usd.From, usd.To, usd.AsOf).ShouldBe((Currency.VND, Currency.USD, day));
        usd.Convert(Money.Of(400_000, Currency.VND)).ShouldBe(new Money(1520, Currency.USD));
    }

    /// <summary>Runs the SQL as written: EF's raw-SQL methods would read its JSON braces as format placeholders.</summary>
    private static async Task<int> InsertAsync(DbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }
}

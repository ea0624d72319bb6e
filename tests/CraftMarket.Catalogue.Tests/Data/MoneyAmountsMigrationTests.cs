using CraftMarket.Catalogue.Data;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CraftMarket.Catalogue.Tests.Data;

/// <summary>
/// Migration MoneyAmounts on a database that already holds a product priced the old way (whole
/// đồng in BasePriceVnd, LowestPriceVnd and the price breaks' UnitPriceVnd): it reads back as the
/// same amounts in VND Money, on both providers.
/// </summary>
public sealed class MoneyAmountsMigrationTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly Guid ProductId = Guid.NewGuid();

    [Fact]
    public async Task Sqlite_products_priced_in_dong_become_VND_money()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cm-money-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteCatalogueDb>()
                .UseSqlite($"Data Source={file};Pooling=False", x => x.MigrationsHistoryTable("__ef_migrations_history_catalogue")).Options;
            await using var db = new SqliteCatalogueDb(options, TenantOf());
            await MigrateThroughAsync(db, $$"""
                INSERT INTO "catalogue_products" ("Id", "TenantId", "Status", "CreatedAt", "UpdatedAt", "Sku", "CategoryId", "NameVi",
                    "Colours", "BasePriceVnd", "MinimumOrderQuantity", "OrderMultiple", "LeadTimeDays", "MakerIds", "LowestPriceVnd",
                    "Description_Vi", "Technique_Vi", "price_breaks")
                VALUES ('{{Upper(ProductId)}}', '{{Upper(Tenant)}}', 'Published', 638000000000000000, 638000000000000000, 'BT-OLD-1', '{{Upper(Guid.NewGuid())}}',
                    'Bình cũ', '[]', 420000, 20, 4, 30, '[]', 360000, 'Mô tả', '',
                    '[{"MinQuantity":100,"UnitPriceVnd":390000},{"MinQuantity":400,"UnitPriceVnd":360000}]');
                """);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Postgres_products_priced_in_dong_become_VND_money()
    {
        var options = new DbContextOptionsBuilder<PostgresCatalogueDb>()
            .UseNpgsql(PostgresDatabase.Create(), x => x.MigrationsHistoryTable("__ef_migrations_history", "catalogue")).Options;
        await using var db = new PostgresCatalogueDb(options, TenantOf());
        await MigrateThroughAsync(db, $$"""
            INSERT INTO catalogue.products ("Id", "TenantId", "Status", "CreatedAt", "UpdatedAt", "Sku", "CategoryId", "NameVi",
                "Colours", "BasePriceVnd", "MinimumOrderQuantity", "OrderMultiple", "LeadTimeDays", "MakerIds", "LowestPriceVnd",
                "Description_Vi", "Technique_Vi", price_breaks)
            VALUES ('{{ProductId}}', '{{Tenant}}', 'Published', now(), now(), 'BT-OLD-1', '{{Guid.NewGuid()}}',
                'Bình cũ', '{}', 420000, 20, 4, 30, '{}', 360000, 'Mô tả', '',
                '[{"MinQuantity":100,"UnitPriceVnd":390000},{"MinQuantity":400,"UnitPriceVnd":360000}]');
            """);
    }

    /// <summary>Migrates to the last migration before Money, inserts the old row, migrates to the end and reads it through the model.</summary>
    private static async Task MigrateThroughAsync(CatalogueDb db, string insertOldRow)
    {
        var migrator = db.GetService<IMigrator>();
        var all = db.Database.GetMigrations().ToList();
        var money = all.FindIndex(m => m.EndsWith("_MoneyAmounts", StringComparison.Ordinal));
        money.ShouldBeGreaterThan(0, "MoneyAmounts follows at least one migration");
        await migrator.MigrateAsync(all[money - 1]);
        (await OldRows.InsertAsync(db, insertOldRow)).ShouldBe(1);

        await migrator.MigrateAsync();

        var product = await db.Products.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == new Contracts.ProductId(ProductId));
        product.PriceCurrency.ShouldBe(Currency.VND);
        product.BasePrice.ShouldBe(new Money(420_000, Currency.VND));
        product.LowestPrice.ShouldBe(new Money(360_000, Currency.VND));
        product.PriceBreaks.Select(b => (b.MinQuantity, b.UnitPrice))
            .ShouldBe([(100, new Money(390_000, Currency.VND)), (400, new Money(360_000, Currency.VND))]);
        (await db.Products.IgnoreQueryFilters().CountAsync(p => p.LowestPriceMinor <= 360_000)).ShouldBe(1, "the listing's price filter reads the renamed column");
        // Migration UnitsOfSale: everything sold before units was sold by the piece (ADR 0073).
        product.Unit.ShouldBe(SharedKernel.Trade.UnitOfSale.Piece);
    }

    private static TenantContext TenantOf()
    {
        var tenant = new TenantContext();
        tenant.Set(new TenantId(Tenant), "bat-trang");
        return tenant;
    }

    /// <summary>Runs the SQL as written: EF's raw-SQL methods would read its JSON braces as format placeholders.</summary>
    private static class OldRows
    {
        public static async Task<int> InsertAsync(DbContext db, string sql)
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteNonQueryAsync();
        }
    }

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();
}

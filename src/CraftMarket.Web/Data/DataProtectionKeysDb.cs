using CraftMarket.SharedKernel.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CraftMarket.Web.Hosting;

/// <summary>
/// The data-protection key ring on PostgreSQL (schema <c>dataprotection</c>), shared by every node, so a
/// sign-in on one web node holds on the next (ADR 0077). Each row is one key's XML, encrypted with the
/// certificate (ADR 34) before it is written. Migrated by <c>migrate</c> like a module's schema; SQLite
/// keeps its keys on disk and has no such table.
/// </summary>
internal sealed class DataProtectionKeysDb(DbContextOptions<DataProtectionKeysDb> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "dataprotection";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(SchemaName);
        modelBuilder.Entity<DataProtectionKey>().ToTable("keys");
    }

    public static void AddTo(IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(new ModuleDatabase(typeof(DataProtectionKeysDb), SchemaName));
        services.AddDbContext<DataProtectionKeysDb>(o => Use(o, database.ConnectionString));
    }

    private static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, x => x.MigrationsHistoryTable("__ef_migrations_history", SchemaName));

    /// <summary>For <c>dotnet ef migrations add</c>: PostgreSQL only.</summary>
    internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DataProtectionKeysDb>
    {
        public DataProtectionKeysDb CreateDbContext(string[] args) =>
            new((DbContextOptions<DataProtectionKeysDb>)Use(new DbContextOptionsBuilder<DataProtectionKeysDb>(), "Host=localhost;Database=design").Options);
    }
}

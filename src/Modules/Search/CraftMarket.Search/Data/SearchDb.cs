using CraftMarket.Search.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Search.Data;

/// <summary>The search schema: glossaries, covers, quality marks and tenant visibility. The index itself lives in the engine.</summary>
internal abstract class SearchDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "search";
    protected override string Schema => SchemaName;

    public DbSet<GlossaryEntry> Glossary => Set<GlossaryEntry>();
    public DbSet<ProductCover> Covers => Set<ProductCover>();
    public DbSet<ProductQualityMark> QualityMarks => Set<ProductQualityMark>();
    public DbSet<TenantVisibility> Tenants => Set<TenantVisibility>();

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<GlossaryEntry>(e =>
        {
            e.ToTable("glossary_entries");
            e.HasKey(g => g.Id);
            e.PrimitiveCollection(g => g.Terms);
        });
        model.Entity<ProductCover>(e =>
        {
            e.ToTable("product_covers");
            e.HasKey(c => c.ProductId);
            e.Property(c => c.ThumbnailUrl).HasMaxLength(1000);
        });
        model.Entity<ProductQualityMark>(e =>
        {
            e.ToTable("product_quality_marks");
            e.HasKey(m => m.ProductId);
        });
        model.Entity<TenantVisibility>(e =>
        {
            e.ToTable("tenant_visibility");
            e.HasKey(t => t.TenantId);
            e.Property(t => t.Slug).HasMaxLength(100);
        });
    }
}

internal sealed class SqliteSearchDb(DbContextOptions<SqliteSearchDb> options, ITenantContext tenant) : SearchDb(options, tenant);

internal sealed class PostgresSearchDb(DbContextOptions<PostgresSearchDb> options, ITenantContext tenant) : SearchDb(options, tenant);

internal sealed class SqliteSearchDbFactory : SqliteDesignTimeFactory<SqliteSearchDb>;

internal sealed class PostgresSearchDbFactory : PostgresDesignTimeFactory<PostgresSearchDb>;

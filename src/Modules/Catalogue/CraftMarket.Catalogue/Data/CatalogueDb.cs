using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.SharedKernel.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CraftMarket.Catalogue.Data;

/// <summary>
/// The catalogue schema: categories, products, the SKU register, the audit trail, the translation
/// memory and machine-translation settings, and the outbox.
/// Texts are one column per language; variants and price breaks are JSON in the product row.
/// Indexes follow the public listing's filters and sort orders (tenant, status, then the key).
/// </summary>
internal abstract class CatalogueDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "catalogue";
    protected override string Schema => SchemaName;

    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductSku> Skus => Set<ProductSku>();
    public DbSet<ProductChange> Changes => Set<ProductChange>();
    public DbSet<TranslationMemoryEntry> TranslationMemory => Set<TranslationMemoryEntry>();
    public DbSet<MachineTranslationSettings> MachineTranslation => Set<MachineTranslationSettings>();

    private static readonly ValueConverter<ProductId, Guid> ProductIdConverter = new(id => id.Value, v => new ProductId(v));
    private static readonly ValueConverter<CategoryId, Guid> CategoryIdConverter = new(id => id.Value, v => new CategoryId(v));

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<Category>(e =>
        {
            e.ToTable("categories");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).HasConversion(CategoryIdConverter);
            Texts(e.ComplexProperty(c => c.Name), Category.NameMax);
            e.Property(c => c.CapacityKey).HasMaxLength(Category.NameMax);
            e.HasIndex(c => new { c.TenantId, c.Position });
        });

        model.Entity<Product>(e =>
        {
            e.ToTable("products");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasConversion(ProductIdConverter);
            e.Property(p => p.CategoryId).HasConversion(CategoryIdConverter);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(p => p.Sku).HasMaxLength(ProductDetails.SkuMax);
            e.Ignore(p => p.Name);
            e.Ignore(p => p.Material);
            foreach (var column in new[] { "NameVi", "NameEn", "NameFr", "NameJa" }) e.Property(column).HasMaxLength(ProductDetails.NameMax);
            foreach (var column in new[] { "MaterialVi", "MaterialEn", "MaterialFr", "MaterialJa" }) e.Property(column).HasMaxLength(ProductDetails.ShortMax);
            Texts(e.ComplexProperty(p => p.Description), ProductDetails.DescriptionMax);
            Texts(e.ComplexProperty(p => p.Technique), ProductDetails.ShortMax);
            e.ComplexProperty(p => p.Dimensions, d =>
            {
                d.Property(x => x.LengthCm).HasPrecision(9, 2);
                d.Property(x => x.WidthCm).HasPrecision(9, 2);
                d.Property(x => x.HeightCm).HasPrecision(9, 2);
            });
            e.PrimitiveCollection(p => p.Colours);
            e.PrimitiveCollection(p => p.MakerIds);
            e.OwnsMany(p => p.Variants, o => o.ToJson("variants"));
            e.Property(p => p.PriceCurrency).HasConversion(c => c.Code, code => Currency.Of(code)).HasMaxLength(3);
            // Rows from before units were sold by the piece: the column's default (ADR 0073).
            e.Property(p => p.Unit).HasConversion(u => u.Code, code => UnitOfSale.FromCode(code)).HasMaxLength(10)
                .HasDefaultValue(UnitOfSale.Default);
            e.Ignore(p => p.BasePrice);
            e.Ignore(p => p.LowestPrice);
            e.Ignore(p => p.PriceBreaks);
            e.OwnsMany(p => p.PriceBreakRows, o => o.ToJson("price_breaks"));
            e.Property(p => p.RawMaterialOrigin).HasMaxLength(ProductDetails.ShortMax);
            e.Property(p => p.PlaceOfOrigin).HasMaxLength(ProductDetails.ShortMax);
            e.Property(p => p.Packaging).HasMaxLength(ProductDetails.PackagingMax);
            e.Property(p => p.HsCode).HasMaxLength(10);
            e.Property(p => p.ReviewComment).HasMaxLength(Product.CommentMax);
            e.HasIndex(p => new { p.TenantId, p.Sku }).IsUnique();
            // The public listing: each sort order (with the id as tie-breaker, so pages are stable and
            // the database walks the index instead of sorting), alone and within a category. The
            // material index also covers the material facet's labels.
            e.HasIndex(p => new { p.TenantId, p.Status, p.PublishedAt, p.Id });
            e.HasIndex(p => new { p.TenantId, p.Status, p.CategoryId, p.PublishedAt, p.Id });
            e.HasIndex(p => new { p.TenantId, p.Status, p.LowestPriceMinor, p.Id });
            e.HasIndex(p => new { p.TenantId, p.Status, p.CategoryId, p.LowestPriceMinor, p.Id });
            e.HasIndex(p => new { p.TenantId, p.Status, p.NameEn, p.Id });
            e.HasIndex(p => new { p.TenantId, p.Status, p.NameVi, p.Id });
            e.HasIndex(p => new { p.TenantId, p.Status, p.MaterialVi, p.MaterialEn, p.MaterialFr, p.MaterialJa });
            // Staff lists: most recently changed, and the review queue's oldest submission.
            e.HasIndex(p => new { p.TenantId, p.Status, p.UpdatedAt, p.Id });
            e.HasIndex(p => new { p.TenantId, p.Status, p.SubmittedAt, p.Id });
        });

        model.Entity<ProductSku>(e =>
        {
            e.ToTable("skus");
            e.HasKey(s => new { s.TenantId, s.Sku });
            e.Property(s => s.Sku).HasMaxLength(ProductDetails.SkuMax);
            e.Property(s => s.ProductId).HasConversion(ProductIdConverter);
            e.HasIndex(s => s.ProductId);
        });

        model.Entity<ProductChange>(e =>
        {
            e.ToTable("product_changes");
            e.HasKey(c => c.Id);
            e.Property(c => c.ProductId).HasConversion(ProductIdConverter);
            e.Property(c => c.UserId).HasMaxLength(100);
            e.Property(c => c.UserName).HasMaxLength(200);
            e.Property(c => c.Action).HasMaxLength(40);
            e.Property(c => c.Comment).HasMaxLength(Product.CommentMax);
            e.OwnsMany(c => c.Fields, o => o.ToJson("fields"));
            e.HasIndex(c => new { c.TenantId, c.ProductId, c.At });
        });

        // Translation (ADR 0068): the village's memory of confirmed phrases, and its machine-translation service.
        model.Entity<TranslationMemoryEntry>(e =>
        {
            e.ToTable("translation_memory");
            e.HasKey(m => m.Id);
            e.Property(m => m.Language).HasMaxLength(2);
            e.Property(m => m.SourceKey).HasMaxLength(TranslationMemoryEntry.SourceMax);
            e.Property(m => m.Source).HasMaxLength(TranslationMemoryEntry.SourceMax);
            e.Property(m => m.Target).HasMaxLength(TranslationMemoryEntry.TargetMax);
            e.HasIndex(m => new { m.TenantId, m.Language, m.SourceKey }).IsUnique();
            e.HasIndex(m => new { m.TenantId, m.Language, m.KeyLength });
        });

        model.Entity<MachineTranslationSettings>(e =>
        {
            e.ToTable("machine_translation");
            e.HasKey(m => m.TenantId);
            e.Property(m => m.ServiceUrl).HasMaxLength(MachineTranslationSettings.UrlMax);
            e.Property(m => m.ApiKey).HasMaxLength(MachineTranslationSettings.KeyMax);
            e.Ignore(m => m.IsOn);
        });
    }

    private static void Texts(ComplexPropertyBuilder<LocalizedText> text, int max)
    {
        text.Property(t => t.Vi).HasMaxLength(max);
        text.Property(t => t.En).HasMaxLength(max);
        text.Property(t => t.Fr).HasMaxLength(max);
        text.Property(t => t.Ja).HasMaxLength(max);
    }
}

internal sealed class SqliteCatalogueDb(DbContextOptions<SqliteCatalogueDb> options, ITenantContext tenant) : CatalogueDb(options, tenant);

internal sealed class PostgresCatalogueDb(DbContextOptions<PostgresCatalogueDb> options, ITenantContext tenant) : CatalogueDb(options, tenant);

internal sealed class SqliteCatalogueDbFactory : SqliteDesignTimeFactory<SqliteCatalogueDb>;

internal sealed class PostgresCatalogueDbFactory : PostgresDesignTimeFactory<PostgresCatalogueDb>;

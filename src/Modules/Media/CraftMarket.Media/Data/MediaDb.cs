using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CraftMarket.Media.Data;

/// <summary>The media schema: photos, per-product visibility, other modules' private files, and this module's outbox.</summary>
internal abstract class MediaDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "media";
    protected override string Schema => SchemaName;

    public DbSet<Photo> Photos => Set<Photo>();
    public DbSet<ProductVisibility> Visibility => Set<ProductVisibility>();
    public DbSet<PrivateFile> PrivateFiles => Set<PrivateFile>();

    private static readonly ValueConverter<ProductId, Guid> ProductIdConverter = new(id => id.Value, v => new ProductId(v));

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<Photo>(e =>
        {
            e.ToTable("photos");
            e.HasKey(p => p.Id);
            e.Property(p => p.Id).HasConversion(new ValueConverter<PhotoId, Guid>(id => id.Value, v => new PhotoId(v)));
            e.Property(p => p.ProductId).HasConversion(ProductIdConverter);
            e.Property(p => p.Producer).HasConversion(new ValueConverter<MemberId?, Guid?>(
                id => id.HasValue ? id.Value.Value : null, v => v.HasValue ? new MemberId(v.Value) : null));
            e.Property(p => p.ClientId).HasMaxLength(100);
            e.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength();
            e.Property(p => p.Format).HasConversion<string>().HasMaxLength(10);
            e.Property(p => p.State).HasConversion<string>().HasMaxLength(12);
            e.Property(p => p.RejectionReason).HasMaxLength(500);
            e.Property(p => p.Sizes).HasMaxLength(200);
            e.Property(p => p.DominantColor).HasMaxLength(7);
            e.Property(p => p.Placeholder).HasMaxLength(2000);
            e.Ignore(p => p.IsReady);
            e.Ignore(p => p.ContentTag);
            // A retry of an upload finds its photo by the client's id; two uploads can never share one.
            e.HasIndex(p => new { p.TenantId, p.ClientId }).IsUnique();
            e.HasIndex(p => new { p.TenantId, p.ProductId, p.Position });
            e.HasIndex(p => new { p.TenantId, p.Producer });
            e.HasIndex(p => p.Sha256);
        });
        model.Entity<ProductVisibility>(e =>
        {
            e.ToTable("product_visibility");
            e.HasKey(v => v.ProductId);
            e.Property(v => v.ProductId).HasConversion(ProductIdConverter);
        });
        model.Entity<PrivateFile>(e =>
        {
            e.ToTable("private_files");
            e.HasKey(f => f.Id);
            e.Property(f => f.Id).HasConversion(new ValueConverter<FileId, Guid>(id => id.Value, v => new FileId(v)));
            e.Property(f => f.Purpose).HasMaxLength(100);
            e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(8);
            e.Property(f => f.ContentType).HasMaxLength(100);
            e.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
            e.Property(f => f.FileName).HasMaxLength(120);
            e.Ignore(f => f.BlobKey);
            e.HasIndex(f => new { f.TenantId, f.Purpose });
        });
    }
}

internal sealed class SqliteMediaDb(DbContextOptions<SqliteMediaDb> options, ITenantContext tenant) : MediaDb(options, tenant);

internal sealed class PostgresMediaDb(DbContextOptions<PostgresMediaDb> options, ITenantContext tenant) : MediaDb(options, tenant);

internal sealed class SqliteMediaDbFactory : SqliteDesignTimeFactory<SqliteMediaDb>;

internal sealed class PostgresMediaDbFactory : PostgresDesignTimeFactory<PostgresMediaDb>;

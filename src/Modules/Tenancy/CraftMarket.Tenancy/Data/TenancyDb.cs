using System.Text.Json;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Tenancy.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CraftMarket.Tenancy.Data;

/// <summary>
/// The tenant registry. Tenants are not tenant-owned rows (they are the tenants), so no filter
/// applies; profile and brand are stored as JSON documents since nothing queries inside them.
/// </summary>
internal class TenancyDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "tenancy";
    protected override string Schema => SchemaName;

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<TenantLogo> Logos => Set<TenantLogo>();

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<Tenant>(e =>
        {
            e.ToTable("tenants");
            e.HasKey(t => t.Id);
            e.Property(t => t.Slug).HasMaxLength(63);
            e.HasIndex(t => t.Slug).IsUnique();
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.SuspensionReason).HasMaxLength(500);
            e.Property(t => t.Profile).HasConversion(Json<TenantProfile>()).Metadata.SetValueComparer(JsonComparer<TenantProfile>());
            e.Property(t => t.Brand).HasConversion(Json<TenantBrand>()).Metadata.SetValueComparer(JsonComparer<TenantBrand>());
            e.Property(t => t.Story).HasConversion(Json<VillageStory>()).Metadata.SetValueComparer(JsonComparer<VillageStory>());
            e.Property(t => t.ModuleSwitches).HasColumnName("ModuleSwitches")
                .HasConversion(Json<ModuleSwitches>()).Metadata.SetValueComparer(JsonComparer<ModuleSwitches>());
        });
        // One logo per association, looked up by the versioned URL; dropped with its association.
        model.Entity<TenantLogo>(e =>
        {
            e.ToTable("logos");
            e.HasKey(l => l.TenantId);
            e.HasOne<Tenant>().WithOne().HasForeignKey<TenantLogo>(l => l.TenantId).OnDelete(DeleteBehavior.Cascade);
            e.Property(l => l.ContentType).HasMaxLength(20);
            e.Property(l => l.Version).HasMaxLength(16);
            e.Ignore(l => l.Url);
        });
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> Json<T>() =>
        new(v => JsonSerializer.Serialize(v, JsonOptions), s => JsonSerializer.Deserialize<T>(s, JsonOptions)!);

    private static ValueComparer<T> JsonComparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, JsonOptions) == JsonSerializer.Serialize(b, JsonOptions),
        v => JsonSerializer.Serialize(v, JsonOptions).GetHashCode(StringComparison.Ordinal),
        v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, JsonOptions), JsonOptions)!);
}

internal sealed class SqliteTenancyDb(DbContextOptions<SqliteTenancyDb> options, ITenantContext tenant) : TenancyDb(options, tenant);
internal sealed class PostgresTenancyDb(DbContextOptions<PostgresTenancyDb> options, ITenantContext tenant) : TenancyDb(options, tenant);
internal sealed class SqliteTenancyDbFactory : SqliteDesignTimeFactory<SqliteTenancyDb>;
internal sealed class PostgresTenancyDbFactory : PostgresDesignTimeFactory<PostgresTenancyDb>;

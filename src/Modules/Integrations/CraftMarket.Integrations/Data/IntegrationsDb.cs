using CraftMarket.Integrations.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Integrations.Data;

/// <summary>The integrations schema: webhook endpoints, their secrets and the delivery log.</summary>
internal abstract class IntegrationsDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "integrations";
    protected override string Schema => SchemaName;

    public DbSet<WebhookEndpoint> Endpoints => Set<WebhookEndpoint>();

    public TenantId Tenant => CurrentTenantId;

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<WebhookEndpoint>(e =>
        {
            e.ToTable("webhook_endpoints");
            e.HasKey(w => w.Id);
            e.Property(w => w.Url).HasMaxLength(2000);
            e.Property(w => w.Description).HasMaxLength(200);
            e.Property(w => w.EventTypes).HasMaxLength(2000);
            e.HasIndex(w => w.TenantId);
        });
    }
}

internal sealed class SqliteIntegrationsDb(DbContextOptions<SqliteIntegrationsDb> options, ITenantContext tenant) : IntegrationsDb(options, tenant);

internal sealed class PostgresIntegrationsDb(DbContextOptions<PostgresIntegrationsDb> options, ITenantContext tenant) : IntegrationsDb(options, tenant);

internal sealed class SqliteIntegrationsDbFactory : SqliteDesignTimeFactory<SqliteIntegrationsDb>;

internal sealed class PostgresIntegrationsDbFactory : PostgresDesignTimeFactory<PostgresIntegrationsDb>;

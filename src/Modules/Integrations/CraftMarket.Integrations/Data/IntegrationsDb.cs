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
    public DbSet<WebhookDelivery> Deliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> Attempts => Set<WebhookAttempt>();

    public TenantId Tenant => CurrentTenantId;

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<WebhookEndpoint>(e =>
        {
            e.ToTable("webhook_endpoints");
            e.HasKey(w => w.Id);
            e.Property(w => w.Url).HasMaxLength(WebhookEndpoint.UrlMax);
            e.Property(w => w.Description).HasMaxLength(WebhookEndpoint.DescriptionMax);
            e.Property(w => w.EventTypes).HasMaxLength(2000);
            e.Property(w => w.ProtectedSecret).HasMaxLength(2000);
            e.Property(w => w.PreviousProtectedSecret).HasMaxLength(2000);
            e.Property(w => w.DisabledReason).HasMaxLength(500);
            e.Property(w => w.Revision).IsConcurrencyToken();
            e.Ignore(w => w.Types);
            e.HasIndex(w => w.TenantId);
        });
        model.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("webhook_deliveries");
            e.HasKey(d => d.Id);
            e.Property(d => d.EventType).HasMaxLength(60);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.LastError).HasMaxLength(WebhookAttempt.ErrorMax);
            e.Property(d => d.Revision).IsConcurrencyToken();
            e.HasIndex(d => new { d.EndpointId, d.EventId }).IsUnique();
            e.HasIndex(d => new { d.TenantId, d.EndpointId, d.CreatedAt });
            e.HasIndex(d => d.NextAttemptAt);
        });
        model.Entity<WebhookAttempt>(e =>
        {
            e.ToTable("webhook_attempts");
            e.HasKey(a => a.Id);
            e.Property(a => a.Error).HasMaxLength(WebhookAttempt.ErrorMax);
            e.Property(a => a.ResponseExcerpt).HasMaxLength(WebhookAttempt.ExcerptMax);
            e.HasIndex(a => new { a.TenantId, a.DeliveryId });
        });
    }
}

internal sealed class SqliteIntegrationsDb(DbContextOptions<SqliteIntegrationsDb> options, ITenantContext tenant) : IntegrationsDb(options, tenant);

internal sealed class PostgresIntegrationsDb(DbContextOptions<PostgresIntegrationsDb> options, ITenantContext tenant) : IntegrationsDb(options, tenant);

internal sealed class SqliteIntegrationsDbFactory : SqliteDesignTimeFactory<SqliteIntegrationsDb>;

internal sealed class PostgresIntegrationsDbFactory : PostgresDesignTimeFactory<PostgresIntegrationsDb>;

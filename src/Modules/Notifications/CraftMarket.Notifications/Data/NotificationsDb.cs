using CraftMarket.Notifications.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Notifications.Data;

/// <summary>The notifications schema: notifications, their deliveries (the log) and preferences.</summary>
internal abstract class NotificationsDb(DbContextOptions options, ITenantContext tenant) : ModuleDbContext(options, tenant)
{
    public const string SchemaName = "notifications";
    protected override string Schema => SchemaName;

    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Delivery> Deliveries => Set<Delivery>();
    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();

    public TenantId Tenant => CurrentTenantId;

    protected override void ConfigureModule(ModelBuilder model)
    {
        model.Entity<Notification>(e =>
        {
            e.ToTable("notifications");
            e.HasKey(n => n.Id);
            e.Property(n => n.Audience).HasConversion<string>().HasMaxLength(20);
            e.Property(n => n.Category).HasMaxLength(60);
            e.Property(n => n.Language).HasMaxLength(5);
            e.Property(n => n.Title).HasMaxLength(300);
            e.Property(n => n.Body).HasMaxLength(4000);
            e.Property(n => n.Link).HasMaxLength(500);
            e.HasIndex(n => new { n.TenantId, n.RecipientUserId, n.ReadAt });
            e.HasIndex(n => new { n.TenantId, n.SourceEventId, n.RecipientUserId, n.RecipientMemberId, n.Category }).IsUnique();
        });
        model.Entity<Delivery>(e =>
        {
            e.ToTable("deliveries");
            e.HasKey(d => d.Id);
            e.Property(d => d.Channel).HasConversion<string>().HasMaxLength(10);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(d => d.Address).HasMaxLength(320);
            e.Property(d => d.LastError).HasMaxLength(1000);
            e.Property(d => d.ProviderMessageId).HasMaxLength(200);
            e.HasIndex(d => new { d.TenantId, d.NotificationId });
            e.HasIndex(d => new { d.Status, d.NextAttemptAt });
        });
        model.Entity<NotificationPreference>(e =>
        {
            e.ToTable("preferences");
            e.HasKey(p => new { p.TenantId, p.UserId, p.Category });
            e.Property(p => p.Category).HasMaxLength(60);
            e.Property(p => p.Channels).HasMaxLength(100);
        });
    }
}

internal sealed class SqliteNotificationsDb(DbContextOptions<SqliteNotificationsDb> options, ITenantContext tenant) : NotificationsDb(options, tenant);

internal sealed class PostgresNotificationsDb(DbContextOptions<PostgresNotificationsDb> options, ITenantContext tenant) : NotificationsDb(options, tenant);

internal sealed class SqliteNotificationsDbFactory : SqliteDesignTimeFactory<SqliteNotificationsDb>;

internal sealed class PostgresNotificationsDbFactory : PostgresDesignTimeFactory<PostgresNotificationsDb>;

using System.Linq.Expressions;
using System.Reflection;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.SharedKernel.Data;

/// <summary>
/// Base for every module's DbContext: one schema per module, a tenant query filter on every
/// <see cref="ITenantOwned"/> row, a SaveChanges guard against cross-tenant writes, and the
/// module's own outbox, processed-message and inbox tables so state and events commit together.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options, ITenantContext tenant) : DbContext(options)
{
    protected abstract string Schema { get; }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    /// <summary>Read by the query filter per query; an empty id matches no row, so "no tenant" fails closed.</summary>
    protected TenantId CurrentTenantId => tenant.TenantId ?? default;

    /// <summary>The tenant every tenant-owned write of this context belongs to (<see cref="GuardTenantWrites"/> refuses others).</summary>
    internal TenantId? WritingTenant => tenant.TenantId;

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<TenantId>().HaveConversion<TenantIdConverter>();
        // SQLite cannot compare or order DateTimeOffset in SQL; store it as UTC ticks there.
        if (Database.IsSqlite())
            builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        if (!Database.IsSqlite()) model.HasDefaultSchema(Schema);
        model.MapOutbox().MapProcessedMessages().MapInbox();

        ConfigureModule(model);
        ApplyTenantFilters(model);
        if (Database.IsSqlite()) SqliteSchemas.FlattenInto(model, Schema);
    }

    protected abstract void ConfigureModule(ModelBuilder model);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardTenantWrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        GuardTenantWrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
    }

    /// <summary>Finbuckle's rule: a tenant-owned row may only be written for the current tenant.</summary>
    private void GuardTenantWrites()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            if (tenant.TenantId is not { } current)
                throw new TenantMismatchException($"{entry.Entity.GetType().Name} written with no current tenant.");
            if (entry.Entity.TenantId != current)
                throw new TenantMismatchException(
                    $"{entry.Entity.GetType().Name} belongs to tenant {entry.Entity.TenantId}, current tenant is {current}.");
        }
    }

    private void ApplyTenantFilters(ModelBuilder model)
    {
        var apply = typeof(ModuleDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var type in model.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null))
            apply.MakeGenericMethod(type.ClrType).Invoke(this, [model]);
    }

    private void ApplyTenantFilter<T>(ModelBuilder model) where T : class, ITenantOwned
    {
        Expression<Func<T, bool>> filter = e => e.TenantId == CurrentTenantId;
        model.Entity<T>().HasQueryFilter(filter);
        model.Entity<T>().HasIndex(e => e.TenantId);
    }
}

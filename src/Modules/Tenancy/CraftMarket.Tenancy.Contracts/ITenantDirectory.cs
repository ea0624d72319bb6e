using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Tenancy.Contracts;

/// <summary>Read access to associations for other modules. Served from memory; O(1) per lookup.</summary>
public interface ITenantDirectory
{
    ResolvedTenant? FindById(TenantId id);
    ResolvedTenant? FindBySlug(string slug);

    /// <summary>All associations, active or not, ordered by English name (the platform landing page filters).</summary>
    IReadOnlyList<ResolvedTenant> All { get; }
}

/// <summary>
/// What the request's address turned out to be, as an HttpContext feature: the platform host, or an
/// address no association answers to. Which association a request is for is <see cref="ITenantContext"/>
/// only (settings: <see cref="CurrentTenant.SettingsOf"/>), so this carries no tenant.
/// </summary>
public sealed record TenantResolution(bool IsPlatformHost, string? UnknownSlug)
{
    public static readonly TenantResolution Platform = new(true, null);
}

[EventName("tenancy.tenant-created")]
public sealed record TenantCreated(Guid EventId, TenantId TenantId, string Slug) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("tenant", TenantId.Value);
}

/// <summary>Raised on every change to a tenant's settings, brand or status, for modules that keep per-tenant state.</summary>
[EventName("tenancy.tenant-changed")]
public sealed record TenantChanged(Guid EventId, TenantId TenantId, string Slug, TenantStatus Status) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("tenant", TenantId.Value);
}

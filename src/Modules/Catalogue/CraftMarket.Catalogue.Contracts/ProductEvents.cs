using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Contracts;

/// <summary>
/// A product became visible to buyers, or a visible product changed (the association approved it
/// or edited it while published). Carries the whole public snapshot so consumers (search, media)
/// never call back; delivered in order through the outbox, so the last one wins.
/// </summary>
[EventName("catalogue.product-published")]
public sealed record ProductPublished(Guid EventId, TenantId TenantId, PublishedProduct Product) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("product", Product.Id.Value);
}

/// <summary>A product stopped being visible (archived, or pulled back for changes): drop it from search, hide its photos.</summary>
[EventName("catalogue.product-withdrawn")]
public sealed record ProductWithdrawn(Guid EventId, TenantId TenantId, ProductId ProductId) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("product", ProductId.Value);
}

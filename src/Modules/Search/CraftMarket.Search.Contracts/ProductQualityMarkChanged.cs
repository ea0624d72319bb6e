using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Contracts;

/// <summary>
/// An association granted its quality mark to a product, or took it away. Search consumes it (the
/// quality-mark facet, kept across reindexes); the quality-mark module, when it exists, only has to
/// put this event in its outbox. It is declared here because Search is its only consumer and no
/// module publishes it yet; it moves to that module's Contracts when the module is written: its
/// wire name is already the quality-mark module's, so stored messages follow it (docs/adr/0021).
/// </summary>
[EventName("quality-marks.product-mark-changed")]
public sealed record ProductQualityMarkChanged(Guid EventId, TenantId TenantId, ProductId ProductId, bool Granted) : ITenantEvent;

using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.QualityMarks.Contracts;

/// <summary>
/// Whether a product carries its association's genuine mark changed: raised on grant, suspension,
/// revocation, reinstatement and expiry of a certificate covering it. <see cref="Granted"/> is the
/// product's state after the change, over all its certificates (a product still covered by another
/// valid certificate stays granted). Search keeps its "genuine mark" facet from it. Declared in
/// Search until this module existed; the wire name was this module's from the start (ADR 0021).
/// </summary>
[EventName("quality-marks.product-mark-changed")]
public sealed record ProductQualityMarkChanged(Guid EventId, TenantId TenantId, ProductId ProductId, bool Granted) : ITenantEvent, IAggregateEvent
{
    string IAggregateEvent.AggregateKey => Aggregate.Key("product", ProductId.Value);
}

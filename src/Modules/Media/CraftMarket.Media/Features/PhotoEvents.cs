using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Media.Features;

/// <summary>
/// An original is stored and its photo accepted: render it. Private to this module, but carried by
/// the outbox like any event, so the job survives a crash between the upload and the render.
/// </summary>
[EventName("media.photo-uploaded")]
internal sealed record PhotoUploaded(Guid EventId, TenantId TenantId, PhotoId PhotoId, ProductId ProductId, string Sha256) : ITenantEvent;

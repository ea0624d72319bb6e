using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Stripe;

/// <summary>Which association and payment a Stripe object belongs to.</summary>
internal sealed record StripeOwner(TenantId TenantId, PaymentId PaymentId);

/// <summary>
/// The webhook's one read across associations (through the <see cref="CrossTenantGateway"/>): a Stripe
/// event names no association, so its payment is found by Stripe's ids (unique indexes) or, before
/// those are stored, by the metadata we gave Stripe (payment and association must both match). Ids only;
/// the work is then done in that association's own scope.
/// </summary>
internal static class StripeLookupCrossTenant
{
    private static readonly CrossTenantReason Why = new("orders: a Stripe webhook names no association; find the payment it is about");

    public static async Task<StripeOwner?> PaymentAsync(OrdersDb db, string? sessionId, string? intentId, IDictionary<string, string>? metadata,
        CancellationToken ct)
    {
        var payments = db.AcrossAllTenants<Payment>(Why).Where(p => p.Method == PaymentMethod.Card);
        if (!string.IsNullOrEmpty(sessionId)
            && await payments.Where(p => p.StripeCheckoutSessionId == sessionId).Select(p => new { p.TenantId, p.Id }).FirstOrDefaultAsync(ct) is { } bySession)
            return new StripeOwner(bySession.TenantId, bySession.Id);
        if (!string.IsNullOrEmpty(intentId)
            && await payments.Where(p => p.StripePaymentIntentId == intentId).Select(p => new { p.TenantId, p.Id }).FirstOrDefaultAsync(ct) is { } byIntent)
            return new StripeOwner(byIntent.TenantId, byIntent.Id);
        if (StripeMetadata.Read(metadata, StripeMetadata.PaymentId) is { } paymentId && StripeMetadata.Read(metadata, StripeMetadata.TenantId) is { } tenantId)
        {
            var id = new PaymentId(paymentId);
            var tenant = new TenantId(tenantId);
            if (await payments.AnyAsync(p => p.Id == id && p.TenantId == tenant, ct)) return new StripeOwner(tenant, id);
        }
        return null;
    }
}

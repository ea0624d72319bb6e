using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>The expiry job's one read across associations (through the <see cref="CrossTenantGateway"/>): which association has sent quotes past validity.</summary>
internal static class QuoteExpiryScanCrossTenant
{
    private static readonly CrossTenantReason Why = new("inquiries: sent quotes past their validity, in every association");

    public static async Task<IReadOnlyList<TenantId>> TenantsWithExpiredAsync(InquiriesDb db, DateOnly today, CancellationToken ct) =>
        await db.AcrossAllTenants<Quote>(Why).Where(q => q.Status == QuoteStatus.Sent && q.ValidUntil < today)
            .Select(q => q.TenantId).Distinct().ToListAsync(ct);
}

using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>
/// A buyer's inquiries in every village, for the platform host's /account/inquiries and
/// GET /api/inquiries/mine there (a list spanning villages makes one inquiry per village). The one
/// read of this feature across associations (ADR 0045): rows are chosen by the signed-in account's
/// id only, and only list fields leave it; everything else is read on the village's own site, in
/// that association's scope, where the usual checks apply.
/// </summary>
internal sealed class MyInquiriesCrossTenant(InquiriesDb db, BuyerInquiryReads reads, VillageSite sites)
{
    private static readonly CrossTenantReason Why = new("inquiries: a buyer's own inquiries in every village, listed on the platform host");

    public async Task<IReadOnlyList<MyInquiryDto>> MineAsync(CurrentActor actor, string language, HttpContext http, CancellationToken ct)
    {
        if (actor.UserId is not { } user) return [];
        var rows = await db.AcrossAllTenants<Inquiry>(Why)
            .Where(i => i.Buyer.UserId == user)
            .OrderByDescending(i => i.UpdatedAt).Take(BuyerInquiryReads.ListMax)
            .Select(i => new MyRow(i.TenantId, i.Id, i.Number, i.Status, i.CreatedAt, i.UpdatedAt, i.Lines.Count))
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var sent = await db.AcrossAllTenants<Quote>(Why)
            .Where(q => ids.Contains(q.InquiryId) && q.Status == QuoteStatus.Sent)
            .ToListAsync(ct);
        // A quote belongs to its inquiry's association: never pair rows of two tenants by a forged id.
        var tenantOf = rows.ToDictionary(r => r.Id, r => r.TenantId);
        sent = [.. sent.Where(q => tenantOf.TryGetValue(q.InquiryId, out var t) && t == q.TenantId)];
        return reads.List(rows, sent, language, village => sites.Of(village, http, isRequestVillage: false));
    }
}

using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>How a reader stands to an inquiry: the buyer who sent it, or the association's export desk (or admin).</summary>
internal enum InquiryReader { Buyer, Desk }

/// <summary>
/// Who may read an inquiry of the current association: the buyer who sent it (by account id, not
/// by e-mail: an address can change hands) and the association's export desk or admin. Everyone
/// else (another buyer, an inspector, a household, another village's staff) finds nothing, so an id
/// never confirms that an inquiry exists.
/// </summary>
internal static class InquiryAccess
{
    public static InquiryReader? ReaderOf(Inquiry inquiry, CurrentActor actor)
    {
        if (actor.TenantId != inquiry.TenantId) return null;
        if (actor.IsExportDesk || actor.IsAssociationAdmin) return InquiryReader.Desk;
        if (actor.UserId is { } user && user == inquiry.Buyer.UserId) return InquiryReader.Buyer;
        return null;
    }

    /// <summary>The inquiry and how the actor reads it, or null (answered as not found).</summary>
    public static async Task<(Inquiry Inquiry, InquiryReader Reader)?> FindAsync(InquiriesDb db, InquiryId id, CurrentActor actor,
        bool tracked, CancellationToken ct)
    {
        if (!actor.IsSignedIn || !actor.HasTenant) return null;
        var query = tracked ? db.Inquiries : db.Inquiries.AsNoTracking();
        if (await query.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return null;
        return ReaderOf(inquiry, actor) is { } reader ? (inquiry, reader) : null;
    }
}

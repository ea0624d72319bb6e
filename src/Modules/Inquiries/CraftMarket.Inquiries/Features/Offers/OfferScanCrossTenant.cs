using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>An offer the deadline job must act on, with its association.</summary>
internal sealed record OfferWork(TenantId TenantId, ShareId ShareId, bool Expire);

/// <summary>
/// The deadline job's one read across associations (through the <see cref="CrossTenantGateway"/>):
/// offers still waiting for an answer, ids and times only. The times are compared here rather than in
/// SQL (SQLite keeps instants as text); waiting offers are few, and the (status, deadline) index finds them.
/// </summary>
internal static class OfferScanCrossTenant
{
    private static readonly CrossTenantReason Why = new("inquiries: offers to households due a reminder or past their deadline, in every association");

    public static async Task<IReadOnlyList<OfferWork>> ScanAsync(InquiriesDb db, DateTimeOffset now, CancellationToken ct)
    {
        var waiting = await db.AcrossAllTenants<Share>(Why)
            .Where(s => s.Status == ShareStatus.Offered && s.Deadline != null)
            .Select(s => new { s.TenantId, s.Id, s.OfferedAt, s.Deadline, s.ReminderSentAt }).ToListAsync(ct);
        var work = new List<OfferWork>();
        foreach (var s in waiting)
        {
            if (now >= s.Deadline!.Value) work.Add(new OfferWork(s.TenantId, s.Id, Expire: true));
            else if (s.ReminderSentAt is null && s.OfferedAt is { } sent && now >= sent + (s.Deadline.Value - sent) / 2)
                work.Add(new OfferWork(s.TenantId, s.Id, Expire: false));
        }
        return work;
    }
}

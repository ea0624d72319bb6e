using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.SharedKernel.Outbox;

namespace CraftMarket.Inquiries.Domain;

/// <summary>Every feature announces its change the same way, in the unit of work that makes it.</summary>
internal static class InquiryEvents
{
    public static void Changed(this InquiriesDb db, Inquiry inquiry, InquiryChange change, TimeProvider clock, int? quoteVersion = null) =>
        db.Outbox.Add(
            new InquiryChanged(Guid.CreateVersion7(), inquiry.TenantId, inquiry.Id, change, inquiry.Status, quoteVersion, inquiry.Source, clock.GetUtcNow()),
            clock);
}

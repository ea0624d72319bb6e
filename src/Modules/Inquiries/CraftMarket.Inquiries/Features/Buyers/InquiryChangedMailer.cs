using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>
/// Tells the buyer when something changes on their inquiry (receipt, status, a desk message, a quote
/// sent or accepted), and the export desk when the buyer writes. Runs from the outbox in the
/// association's scope (the dispatcher sets the tenant from the event). The processed mark commits
/// before the e-mail, so a redelivery never e-mails twice; a crash in between loses one e-mail, and
/// the buyer still sees the change on the inquiry page.
/// </summary>
internal sealed class InquiryChangedMailer(InquiriesDb db, ITenantDirectory tenants, BuyerMails mails, VillageSite sites,
    IEmailSender email, TimeProvider clock, ILogger<InquiryChangedMailer> log) : IIntegrationEventHandler<InquiryChanged>
{
    private const string Consumer = "inquiries.buyer-mail";

    public async Task Handle(InquiryChanged e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var inquiry = await db.Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.Id == e.InquiryId, ct);
        var village = tenants.FindById(e.TenantId);
        Mail? mail = null;
        if (inquiry is not null && village is not null)
        {
            mail = e.Change == InquiryChange.BuyerMessage
                ? await ToDeskAsync(e, inquiry, village, ct)
                : mails.ToBuyer(e, inquiry, village, sites.InquiryPage(village, inquiry.Id.Value, BuyerMails.LanguageOf(inquiry.Buyer.Language)),
                    e.Change == InquiryChange.DeskMessage ? await LatestAsync(e, MessageAuthor.Desk, ct) : null,
                    e.QuoteVersion is { } version ? await db.Quotes.AsNoTracking().FirstOrDefaultAsync(q => q.InquiryId == e.InquiryId && q.Version == version, ct) : null);
        }
        else log.LogWarning("Inquiry {InquiryId} of {TenantId} not found for its {Change} e-mail", e.InquiryId, e.TenantId, e.Change);

        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
        if (mail is null) return;
        try { await email.SendAsync(mail.To, mail.Subject, mail.Body, ct); }
        catch (Exception x) when (x is not OperationCanceledException)
        {
            log.LogError(x, "E-mail about inquiry {InquiryId} ({Change}) failed", e.InquiryId, e.Change);
        }
    }

    private async Task<Mail?> ToDeskAsync(InquiryChanged e, Inquiry inquiry, ResolvedTenant village, CancellationToken ct)
    {
        if (village.ExportDesk.Email is not { Length: > 0 } desk)
        {
            log.LogInformation("{Village} has no export desk address; buyer message on {InquiryId} not e-mailed", village.Slug, e.InquiryId);
            return null;
        }
        return BuyerMails.ToDesk(desk, inquiry, await LatestAsync(e, MessageAuthor.Buyer, ct),
            $"{sites.Of(village)}/admin/inquiries/{inquiry.Id}");
    }

    /// <summary>The message the event announces: the latest one the buyer sees by that author, up to the event (internal notes never read).</summary>
    private Task<InquiryMessage?> LatestAsync(InquiryChanged e, MessageAuthor author, CancellationToken ct) =>
        db.Messages.AsNoTracking()
            .Where(m => m.InquiryId == e.InquiryId && !m.IsInternal && m.Author == author && m.At <= e.At)
            .OrderByDescending(m => m.At).ThenByDescending(m => m.Id)
            .FirstOrDefaultAsync(ct);
}

using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Orders.Features.Buyers;

/// <summary>
/// Tells the buyer of each change to their order worth telling (placed, payment received, a state
/// change, a refund, a desk note), by e-mail in the order's language with a link to its page on the
/// village's site. Runs from the outbox in the association's scope. The processed mark commits before
/// the e-mail, so a redelivery never mails twice; a crash in between loses one e-mail, and the buyer
/// still sees the change on the order page (ADR 0061).
/// </summary>
internal sealed class OrderChangedMailer(OrdersDb db, ITenantDirectory tenants, OrderMails mails, BuyerOrderLinks links, ICardPayments cards,
    IEmailSender email, TimeProvider clock, ILogger<OrderChangedMailer> log) : IIntegrationEventHandler<OrderChanged>
{
    private const string Consumer = "orders.buyer-mail";

    public async Task Handle(OrderChanged e, CancellationToken ct)
    {
        if (await db.AlreadyProcessedAsync(e.EventId, Consumer, ct)) return;
        var order = await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == e.OrderId, ct);
        var village = tenants.FindById(e.TenantId);
        BuyerMail? mail = null;
        if (order is null || village is null)
            log.LogWarning("Order {OrderId} of {TenantId} not found for its {Change} e-mail", e.OrderId, e.TenantId, e.Change);
        else if (order.Buyer.Email.Length == 0)
            log.LogWarning("Order {OrderId} has no buyer e-mail; {Change} not mailed", e.OrderId, e.Change);
        else
            mail = mails.ToBuyer(e, await FactsAsync(e, order, village, ct));

        db.MarkProcessed(e.EventId, Consumer, clock);
        await db.SaveChangesAsync(ct);
        if (mail is null) return;
        try { await email.SendAsync(mail.To, mail.Subject, mail.Body, ct); }
        catch (Exception x) when (x is not OperationCanceledException)
        {
            log.LogError(x, "E-mail about order {OrderId} ({Change}) failed", e.OrderId, e.Change);
        }
    }

    /// <summary>
    /// The record the event announces: the latest payment, refund or buyer-facing note up to the event
    /// (read in memory: an order has few, and SQLite cannot order by a DateTimeOffset).
    /// </summary>
    private async Task<MailFacts> FactsAsync(OrderChanged e, Order order, ResolvedTenant village, CancellationToken ct)
    {
        Payment? payment = null;
        Refund? refund = null;
        TimelineEntry? note = null;
        switch (e.Change)
        {
            case OrderChange.PaymentReceived:
                payment = (await db.Payments.AsNoTracking().Where(p => p.OrderId == e.OrderId && p.Status == PaymentStatus.Succeeded).ToListAsync(ct))
                    .Where(p => p.SucceededAt <= e.At).OrderByDescending(p => p.SucceededAt).ThenByDescending(p => p.Id.Value).FirstOrDefault();
                break;
            case OrderChange.Refunded:
                refund = (await db.Refunds.AsNoTracking().Where(r => r.OrderId == e.OrderId && r.Completed).ToListAsync(ct))
                    .Where(r => r.CompletedAt <= e.At).OrderByDescending(r => r.CompletedAt).ThenByDescending(r => r.Id.Value).FirstOrDefault();
                break;
            case OrderChange.DeskNote:
                note = (await db.Timeline.AsNoTracking().Where(n => n.OrderId == e.OrderId && n.ForBuyer && n.Kind == "note").ToListAsync(ct))
                    .Where(n => n.At <= e.At).OrderByDescending(n => n.At).ThenByDescending(n => n.Id).FirstOrDefault();
                break;
        }
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? OrderSettings.Defaults(order.TenantId);
        var link = links.OrderPage(village, order.Id, OrderMails.LanguageOf(order.Language));
        return new MailFacts(order, village, link, settings, cards.IsAvailable, payment, refund, note);
    }
}

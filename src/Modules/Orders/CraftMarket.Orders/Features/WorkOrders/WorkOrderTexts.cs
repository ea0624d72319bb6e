using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Orders.Features.WorkOrders;

/// <summary>
/// Texts the household in Vietnamese (households read SMS, not e-mail) when a work order is issued
/// (what, how many, by when, the price per piece, the link) and when it is cancelled. Once per work
/// order and kind, whatever the number of events: a problem reported before any start raises another
/// "Assigned" event, and a redelivery the same one. The processed mark commits before the text, so a
/// crash between the two loses a text rather than sending it twice. Never the buyer: only the product
/// and the numbers go into a text. Rework and payment texts are the inspections' and the ledger's.
/// </summary>
internal sealed class WorkOrderTexts(OrdersDb db, IMemberDirectory members, ICatalogue catalogue, ITenantDirectory tenants, ISmsSender sms,
    TenantAddressing addressing, TimeProvider clock, ILogger<WorkOrderTexts> log) : IIntegrationEventHandler<WorkOrderChanged>
{
    private const string Issued = "orders.work-order-issued-sms", Cancelled = "orders.work-order-cancelled-sms";

    public async Task Handle(WorkOrderChanged e, CancellationToken ct)
    {
        var consumer = e.State switch
        {
            WorkOrderState.Assigned => Issued,
            WorkOrderState.Cancelled => Cancelled,
            _ => null,
        };
        // Keyed by the work order, not the event: one text per work order and kind.
        if (consumer is null || await db.AlreadyProcessedAsync(e.WorkOrderId.Value, consumer, ct)) return;
        var work = await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Id == e.WorkOrderId, ct);
        var member = await members.FindAsync(e.MemberId, ct);
        db.MarkProcessed(e.WorkOrderId.Value, consumer, clock);
        await db.SaveChangesAsync(ct);
        if (work is null || member is null || member.PhoneE164.Length == 0)
        {
            log.LogWarning("Work order {WorkOrderId}: member {MemberId} has no phone or the work order is gone; not texted", e.WorkOrderId, e.MemberId);
            return;
        }
        var village = tenants.FindById(e.TenantId);
        var names = await catalogue.NamesAsync([work.ProductId], ct);
        var product = names.Count > 0
            ? names[0].Name.TryGetValue("vi", out var vi) ? vi : names[0].Name.Values.FirstOrDefault() ?? work.Description
            : work.Description;
        var link = Link(village, $"/account/work-orders/{work.Id}");
        await sms.SendAsync(member.PhoneE164, consumer == Issued ? IssuedText(village?.NameVi, work, product, link) : CancelledText(village?.NameVi, work, product, link), ct);
    }

    /// <summary>"Hiệp hội Gốm sứ Bát Tràng giao bạn làm 200 chiếc Bình men rạn, hạn 12/02, giá 120.000 ₫/chiếc. Xem: …"; silk says "600 mét", "/mét" (ADR 0073).</summary>
    public static string IssuedText(string? association, WorkOrder work, string product, string link) =>
        $"{Who(association)} giao bạn làm {Quantity(work)} {product}, hạn {WorkWords.ShortDate(work.DueOn)}, "
        + $"giá {WorkWords.Dong(work.MemberUnitPriceDong)}/{SharedKernel.Trade.UnitWords.Name(work.Unit, "vi")}. Xem: {link}";

    public static string CancelledText(string? association, WorkOrder work, string product, string link) =>
        $"{Who(association)} báo: việc làm {Quantity(work)} {product} (hạn {WorkWords.ShortDate(work.DueOn)}) đã bị hủy. Xem: {link}";

    /// <summary>"200 chiếc", "600 mét": the work order's quantity in its unit, Vietnamese.</summary>
    private static string Quantity(WorkOrder work) =>
        SharedKernel.Trade.UnitWords.Quantity(work.Quantity, work.Unit, "vi", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    private static string Who(string? association) => string.IsNullOrWhiteSpace(association) ? "Hội" : association;

    /// <summary>The village's own site, never a request's Host header: its first custom host, else its subdomain of the base domain.</summary>
    private string Link(ResolvedTenant? village, string path)
    {
        var baseDomain = addressing.BaseDomain.Trim().ToLowerInvariant();
        var slug = village?.Slug ?? "";
        if (baseDomain == "localhost") return $"http://{slug}.localhost{path}";
        var host = village is { HostNames.Count: > 0 } ? village.HostNames[0] : $"{slug}.{baseDomain}";
        return $"https://{host}{path}";
    }
}

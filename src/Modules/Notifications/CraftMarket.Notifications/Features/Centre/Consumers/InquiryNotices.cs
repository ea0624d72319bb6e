using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Outbox;

namespace CraftMarket.Notifications.Features.Centre.Consumers;

/// <summary>The export desk hears of new inquiries and buyers' messages; the desk and the admins of an accepted quote.</summary>
internal sealed class InquiryNotices(Told told, Recipients recipients)
    : IIntegrationEventHandler<InquiryChanged>, IIntegrationEventHandler<QuoteAccepted>
{
    public Task Handle(InquiryChanged e, CancellationToken ct) =>
        told.OnceAsync(e.EventId, "notifications.inquiry-changed", async () =>
        {
            var category = e.Change switch
            {
                InquiryChange.Submitted => Categories.InquirySubmitted,
                InquiryChange.BuyerMessage => Categories.BuyerMessage,
                _ => null,
            };
            if (category is null) return Told.None;
            var desk = await recipients.StaffWithAsync([TenantRoles.ExportDesk], ct);
            return [new Notice(e.EventId, category, desk, new Dictionary<string, string> { ["at"] = VietnamClock.Moment(e.At) },
                $"/admin/inquiries/{e.InquiryId}")];
        }, ct);

    public Task Handle(QuoteAccepted e, CancellationToken ct) =>
        told.OnceAsync(e.EventId, "notifications.quote-accepted", async () =>
        {
            var staff = await recipients.StaffWithAsync([TenantRoles.ExportDesk, TenantRoles.AssociationAdmin], ct);
            return [new Notice(e.EventId, Categories.QuoteAccepted, staff, new Dictionary<string, string>
            {
                ["number"] = e.InquiryNumber,
                ["version"] = e.QuoteVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["total"] = Formats.Money(e.Total),
                ["deliveryDate"] = VietnamClock.Date(e.DeliveryDate),
            }, $"/admin/orders/{e.OrderId}")];
        }, ct);
}

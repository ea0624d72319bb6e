using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.SharedKernel.Outbox;

namespace CraftMarket.Notifications.Features.Centre.Consumers;

/// <summary>
/// Payments tell the desk; a lot ready tells the inspectors; a household hears of its own work order
/// issued, inspected and paid in its inbox only (Orders texts it already: ADR 0064).
/// </summary>
internal sealed class OrderNotices(Told told, Recipients recipients)
    : IIntegrationEventHandler<OrderChanged>, IIntegrationEventHandler<WorkOrderChanged>, IIntegrationEventHandler<WorkOrderInspected>,
        IIntegrationEventHandler<MemberPaid>
{
    public Task Handle(OrderChanged e, CancellationToken ct) =>
        told.OnceAsync(e.EventId, "notifications.order-changed", async () =>
        {
            if (e.Change != OrderChange.PaymentReceived) return Told.None;
            var desk = await recipients.StaffWithAsync([TenantRoles.ExportDesk], ct);
            return [new Notice(e.EventId, Categories.PaymentReceived, desk,
                new Dictionary<string, string> { ["paid"] = Formats.Money(e.Paid), ["total"] = Formats.Money(e.Total) }, $"/admin/orders/{e.OrderId}/payments")];
        }, ct);

    public Task Handle(WorkOrderChanged e, CancellationToken ct) =>
        told.OnceAsync(e.EventId, "notifications.work-order-changed", async () =>
        {
            if (e.State == WorkOrderState.ReadyForInspection)
            {
                var inspectors = await recipients.StaffWithAsync([TenantRoles.Inspector], ct);
                return [new Notice(e.EventId, Categories.WorkOrderReady, inspectors,
                    new Dictionary<string, string> { ["quantity"] = Formats.Count(e.Finished > 0 ? e.Finished : e.Quantity), ["dueOn"] = VietnamClock.Date(e.DueOn) },
                    $"/admin/inspections/{e.WorkOrderId}")];
            }
            if (e.State != WorkOrderState.Assigned || await recipients.MemberAsync(e.MemberId, ct) is not { } household) return Told.None;
            return [new Notice(e.EventId, Categories.WorkOrderIssued, [household], new Dictionary<string, string>
            {
                ["quantity"] = Formats.Count(e.Quantity),
                ["dueOn"] = VietnamClock.Date(e.DueOn),
                ["value"] = Formats.Money(e.ValueVnd),
            }, $"/account/work-orders/{e.WorkOrderId}")];
        }, ct);

    public Task Handle(WorkOrderInspected e, CancellationToken ct) =>
        told.OnceAsync(e.EventId, "notifications.work-order-inspected", async () =>
            await recipients.MemberAsync(e.MemberId, ct) is { } household
                ? [new Notice(e.EventId, Categories.WorkOrderInspected, [household], new Dictionary<string, string>
                {
                    ["accepted"] = Formats.Count(e.Accepted),
                    ["rework"] = Formats.Count(e.Rework),
                    ["rejected"] = Formats.Count(e.Rejected),
                    ["value"] = Formats.Money(e.AcceptedValueVnd),
                }, $"/account/work-orders/{e.WorkOrderId}")]
                : Told.None, ct);

    public Task Handle(MemberPaid e, CancellationToken ct) =>
        told.OnceAsync(e.EventId, "notifications.member-paid", async () =>
            await recipients.MemberAsync(e.MemberId, ct) is { } household
                ? [new Notice(e.EventId, Categories.MemberPaid, [household],
                    new Dictionary<string, string> { ["amount"] = Formats.Money(e.Amount), ["paidOn"] = VietnamClock.Date(e.PaidOn) }, "/account/earnings")]
                : Told.None, ct);
}

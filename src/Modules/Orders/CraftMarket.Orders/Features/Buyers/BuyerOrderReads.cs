using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Monetary;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Buyers;

/// <summary>One row of the buyer's order list.</summary>
internal sealed record BuyerOrderRow(OrderId Id, string Number, OrderState State, Money Total, Money Paid, DueNow? Due, DateOnly DeliveryDate,
    DateTimeOffset CreatedAt);

/// <summary>A payment the buyer made, as the buyer sees it: amount, date, how (never the desk's notes or proof).</summary>
internal sealed record BuyerPaymentRow(Money Amount, DateOnly? ReceivedOn, PaymentMethod Method, PaymentPurpose Purpose);

/// <summary>Everything the buyer's order page shows, read in the association's scope.</summary>
internal sealed record BuyerOrderView(Order Order, DueNow? Due, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<BuyerPaymentRow> Payments,
    OrderSettings Settings);

/// <summary>
/// What a buyer may read of orders: only their own (<see cref="Order.Buyer"/> is their user id) in the
/// association whose site they are on (the tenant filter); anyone else's id reads as "not found".
/// Never the work orders, households or member prices, and only the timeline lines meant for the buyer.
/// </summary>
internal sealed class BuyerOrderReads(OrdersDb db)
{
    public async Task<IReadOnlyList<BuyerOrderRow>> MineAsync(CurrentActor actor, CancellationToken ct)
    {
        if (Owner(actor) is not { } user) return [];
        var orders = await db.Orders.AsNoTracking().Where(o => o.Buyer.UserId == user).ToListAsync(ct);
        // Sorted here: one buyer's orders in one association are few, and SQLite cannot order by a DateTimeOffset.
        return [.. orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Number, StringComparer.Ordinal)
            .Select(o => new BuyerOrderRow(o.Id, o.Number, o.State, o.Total, o.Paid, BuyerDue.Now(o), o.DeliveryDate, o.CreatedAt))];
    }

    /// <summary>The buyer's own order, or null (another buyer's, another association's, or none).</summary>
    public async Task<Order?> FindAsync(OrderId id, CurrentActor actor, bool tracked, CancellationToken ct)
    {
        if (Owner(actor) is not { } user) return null;
        var orders = tracked ? db.Orders : db.Orders.AsNoTracking();
        return await orders.FirstOrDefaultAsync(o => o.Id == id && o.Buyer.UserId == user, ct);
    }

    public async Task<BuyerOrderView?> DetailAsync(OrderId id, CurrentActor actor, CancellationToken ct)
    {
        if (await FindAsync(id, actor, tracked: false, ct) is not { } order) return null;
        var timeline = await db.Timeline.AsNoTracking().Where(t => t.OrderId == id && t.ForBuyer).ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == id && p.Status == PaymentStatus.Succeeded).ToListAsync(ct);
        return new BuyerOrderView(order, BuyerDue.Now(order),
            [.. timeline.OrderBy(t => t.At).ThenBy(t => t.Id)],
            [.. payments.OrderBy(p => p.ReceivedOn).ThenBy(p => p.SucceededAt)
                .Select(p => new BuyerPaymentRow(p.Amount, p.ReceivedOn, p.Method, p.Purpose))],
            await SettingsAsync(ct));
    }

    /// <summary>The association's settings (bank details for a T/T), or the defaults until its admin saves some.</summary>
    public async Task<OrderSettings> SettingsAsync(CancellationToken ct) =>
        await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? OrderSettings.Defaults(db.Tenant);

    /// <summary>A signed-in buyer on an association's site; staff, households and the platform host read nothing here.</summary>
    private static Guid? Owner(CurrentActor actor) =>
        actor is { IsBuyer: true, HasTenant: true, UserId: { } user } ? user : null;
}

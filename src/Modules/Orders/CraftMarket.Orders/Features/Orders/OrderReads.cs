using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Orders;

/// <summary>Reading orders: one (buyer owner or desk), its timeline, the desk's list by state, a buyer's own.</summary>
internal sealed class OrderReads(OrdersDb db)
{
    public async Task<Result<OrderDto>> FindAsync(OrderId id, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is not { } order || !actor.MayRead(order))
            return Error.NotFound("order");
        var desk = actor.IsDesk();
        return OrderDto.From(order, await TimelineOf(id, desk, ct), desk);
    }

    public async Task<Result<IReadOnlyList<TimelineDto>>> TimelineAsync(OrderId id, CurrentActor actor, CancellationToken ct)
    {
        if (await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is not { } order || !actor.MayRead(order))
            return Error.NotFound("order");
        return Result.Ok<IReadOnlyList<TimelineDto>>([.. (await TimelineOf(id, actor.IsDesk(), ct)).Select(TimelineDto.From)]);
    }

    /// <summary>The desk's list: newest first, by state and text (number, buyer, company), one page.</summary>
    public async Task<PagedList<OrderRow>> ListAsync(OrderListFilter filter, CancellationToken ct)
    {
        var query = Filtered(filter.Text);
        if (filter.States.Count > 0) query = query.Where(o => filter.States.Contains(o.State));
        return await PageAsync(query, filter.Page, filter.PageSize, ct);
    }

    /// <summary>How many orders each state has under the text filter (the page's tabs).</summary>
    public async Task<IReadOnlyDictionary<OrderState, int>> CountsAsync(string? text, CancellationToken ct)
    {
        var counts = await Filtered(text).GroupBy(o => o.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return Enum.GetValues<OrderState>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>The signed-in buyer's orders with this association, newest first.</summary>
    public Task<PagedList<OrderRow>> MineAsync(CurrentActor actor, int page, int pageSize, CancellationToken ct)
    {
        var me = actor.UserId ?? Guid.Empty;
        return PageAsync(db.Orders.AsNoTracking().Where(o => me != Guid.Empty && o.Buyer.UserId == me), page, pageSize, ct);
    }

    private IQueryable<Order> Filtered(string? text)
    {
        var query = db.Orders.AsNoTracking();
        if (text is { Length: > 0 })
        {
            var term = text.ToLowerInvariant();
            // lower() in SQL on both providers (ASCII letters; EF escapes the term's wildcards).
#pragma warning disable CA1304, CA1311, CA1307
            query = query.Where(o => o.Number.ToLower().Contains(term) || o.InquiryNumber.ToLower().Contains(term)
                || o.Buyer.Name.ToLower().Contains(term) || (o.Buyer.Company != null && o.Buyer.Company.ToLower().Contains(term)));
#pragma warning restore CA1304, CA1311, CA1307
        }
        return query;
    }

    private static async Task<PagedList<OrderRow>> PageAsync(IQueryable<Order> query, int page, int pageSize, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Skip(Paging.Skip(page, pageSize)).Take(pageSize)
            .Select(o => new
            {
                o.Id, o.Number, o.State, o.Buyer.Name, o.Buyer.Company, o.CurrencyCode, o.TotalMinor, o.PaidMinor, o.DepositBasisPoints,
                o.DeliveryDate, o.CreatedAt,
            })
            .ToListAsync(ct);
        return new PagedList<OrderRow>([.. rows.Select(r =>
        {
            var currency = Currency.Of(r.CurrencyCode);
            var total = new Money(r.TotalMinor, currency);
            var paid = new Money(r.PaidMinor, currency);
            var zero = Money.Zero(currency);
            var depositDue = Money.Max(total.SplitPercent(r.DepositBasisPoints).Part - paid, zero);
            return new OrderRow(r.Id.Value, r.Number, r.State, r.Name, r.Company, total, paid, depositDue, Money.Max(total - paid, zero),
                r.DeliveryDate, r.CreatedAt);
        })], page, pageSize, total);
    }

    /// <summary>The order's refunds for the desk: what was asked, against which kind of payment, whether the money has left.</summary>
    public async Task<IReadOnlyList<RefundRow>> RefundsAsync(OrderId id, CancellationToken ct)
    {
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.OrderId == id).ToListAsync(ct);
        var methods = await db.Payments.AsNoTracking().Where(p => p.OrderId == id).Select(p => new { p.Id, p.Method }).ToListAsync(ct);
        return [.. refunds.OrderBy(r => r.CreatedAt).Select(r => new RefundRow(r.Id.Value, r.PaymentId.Value,
            methods.FirstOrDefault(m => m.Id == r.PaymentId)?.Method ?? PaymentMethod.BankTransfer, r.Amount, r.Reason, r.Completed, r.CreatedAt))];
    }

    private Task<List<TimelineEntry>> TimelineOf(OrderId id, bool desk, CancellationToken ct) =>
        db.Timeline.AsNoTracking().Where(t => t.OrderId == id && (desk || t.ForBuyer)).OrderBy(t => t.At).ThenBy(t => t.Id).ToListAsync(ct);
}

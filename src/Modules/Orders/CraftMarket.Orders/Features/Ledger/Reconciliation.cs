using System.Globalization;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Ledger;

internal sealed record AccountTotalDto(string Account, long DebitsDong, long CreditsDong, long BalanceDong);

/// <summary>One order's money in a period (or all of it): every amount in đồng.</summary>
internal sealed record OrderLineDto(Guid OrderId, string Number, string State, long BilledDong, long ReturnsDong, long ReceivedDong, long RefundedDong,
    long ExchangeResultDong, long ProductionCostDong, long FeesDong, long MemberEarningsDong, long PaidToMembersDong, long CostsDong, long SurplusSharedDong,
    long OpenReceivableDong, long BuyerCreditDong);

internal sealed record EntryLineDto(Guid TransactionId, DateOnly Date, string Kind, string SourceKey, string Memo, string Account, long AmountDong,
    string? OrderNumber, Guid? MemberId, Guid? WorkOrderId, Guid? ReversesId, string? Reference);

internal sealed record BalanceCheckDto(int Transactions, int Unbalanced, long DebitsDong, long CreditsDong, bool Balanced);

internal sealed record MonthReconciliationDto(string Month, DateOnly From, DateOnly Until, IReadOnlyList<AccountTotalDto> Accounts,
    IReadOnlyList<OrderLineDto> Orders, BalanceCheckDto Check, IReadOnlyList<EntryLineDto> Entries);

internal sealed record OrderReconciliationDto(OrderLineDto Order, long SurplusDong, string Currency, long TotalMinor, long PaidMinor,
    IReadOnlyList<AccountTotalDto> Accounts, BalanceCheckDto Check, IReadOnlyList<EntryLineDto> Entries);

/// <summary>
/// The desk's reconciliation: per account totals and per order lines for a month (Vietnam dates),
/// or for one order over its life, with the proof that every transaction balances.
/// </summary>
internal sealed class Reconciliation(OrdersDb db, LedgerBalances balances)
{
    public static bool TryMonth(string? month, out DateOnly from)
    {
        from = default;
        if (month is null || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from)) return false;
        return from.Year is >= 2000 and <= 2100;
    }

    public async Task<Result<MonthReconciliationDto>> MonthAsync(string? month, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsLedgerDesk()) return Error.NotFound("reconciliation");
        if (!TryMonth(month, out var from)) return Error.Validation("month", "Give the month as yyyy-MM, e.g. 2026-12.");
        var until = from.AddMonths(1);
        var rows = await balances.OfMonthAsync(from, until, ct);
        var accounts = (await balances.PerAccountAsync(from, until, ct)).Select(Dto).ToList();
        var (count, unbalanced) = await balances.BalanceCheckAsync(from, until, ct);

        var orderIds = rows.Where(r => r.OrderId is not null).Select(r => r.OrderId!.Value).ToHashSet();
        // Payouts name no order: the households' payouts in the month are laid over their earnings, order by order.
        var paidMembers = rows.Where(r => r.Account == LedgerAccount.MemberPayable && r.WorkOrderId is null && r.MemberId is not null)
            .Select(r => r.MemberId!.Value).Distinct().ToList();
        var memberRows = new List<LedgerRow>();
        foreach (var m in paidMembers) memberRows.AddRange(await balances.OfMemberAsync(m, ct));
        var paid = PaidToMembers.InPeriod(memberRows, from, until);
        orderIds.UnionWith(paid.Keys);

        var orders = await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).Select(o => new { o.Id, o.Number, o.State })
            .ToDictionaryAsync(o => o.Id, ct);
        var lines = new List<OrderLineDto>();
        foreach (var id in orderIds.OrderBy(i => orders.GetValueOrDefault(i)?.Number, StringComparer.Ordinal))
        {
            var upToEnd = (await balances.OfOrderAsync(id, ct)).Where(r => r.BookedOn < until).ToList();
            var f = OrderFigures.Of([.. rows.Where(r => r.OrderId == id)]);
            var receivable = upToEnd.Where(r => r.Account == LedgerAccount.BuyerReceivable).Sum(r => r.AmountDong);
            var credit = -upToEnd.Where(r => r.Account == LedgerAccount.BuyerCredit).Sum(r => r.AmountDong);
            var o = orders.GetValueOrDefault(id);
            lines.Add(Line(id, o?.Number ?? "", o?.State.ToString() ?? "", f, paid.GetValueOrDefault(id), receivable, credit));
        }
        var numbers = orders.ToDictionary(o => o.Key, o => o.Value.Number);
        var references = await ReferencesAsync(rows, ct);
        return new MonthReconciliationDto(from.ToString("yyyy-MM", CultureInfo.InvariantCulture), from, until, accounts, lines,
            Check(count, unbalanced, accounts), [.. rows.Select(r => Entry(r, numbers, references))]);
    }

    public async Task<Result<OrderReconciliationDto>> OrderAsync(OrderId id, CurrentActor actor, CancellationToken ct)
    {
        if (!actor.IsLedgerDesk()) return Error.NotFound("order");
        if (await db.Orders.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) is not { } order) return Error.NotFound("order");
        var rows = await balances.OfOrderAsync(id, ct);
        var f = OrderFigures.Of(rows);
        var members = await db.WorkOrders.AsNoTracking().Where(w => w.OrderId == id).Select(w => w.MemberId).Distinct().ToListAsync(ct);
        var memberRows = new List<LedgerRow>();
        foreach (var m in members) memberRows.AddRange(await balances.OfMemberAsync(m, ct));
        var paid = PaidToMembers.PerOrder(memberRows, null).GetValueOrDefault(id);
        var accounts = rows.GroupBy(r => r.Account).OrderBy(g => g.Key)
            .Select(g => new AccountTotal(g.Key, g.Where(r => r.AmountDong > 0).Sum(r => r.AmountDong), -g.Where(r => r.AmountDong < 0).Sum(r => r.AmountDong)))
            .Select(Dto).ToList();
        var transactions = rows.GroupBy(r => r.TransactionId).ToList();
        var numbers = new Dictionary<OrderId, string> { [id] = order.Number };
        return new OrderReconciliationDto(Line(id, order.Number, order.State.ToString(), f, paid, f.Receivable, f.BuyerCredit), f.Surplus, order.CurrencyCode,
            order.TotalMinor, order.PaidMinor, accounts, Check(transactions.Count, transactions.Count(g => g.Sum(r => r.AmountDong) != 0), accounts),
            [.. rows.Select(r => Entry(r, numbers, new Dictionary<LedgerTransactionId, string>()))]);
    }

    /// <summary>The payout references (bank or wallet transaction codes) of the payout postings among the rows.</summary>
    private async Task<Dictionary<LedgerTransactionId, string>> ReferencesAsync(IEnumerable<LedgerRow> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => r.Kind == LedgerKind.Payout).Select(r => (LedgerTransactionId?)r.TransactionId).Distinct().ToList();
        if (ids.Count == 0) return [];
        var payouts = await db.Payouts.AsNoTracking().Where(p => ids.Contains(p.TransactionId) && p.Reference != null)
            .Select(p => new { p.TransactionId, p.Reference }).ToListAsync(ct);
        return payouts.ToDictionary(p => p.TransactionId!.Value, p => p.Reference!);
    }

    private static OrderLineDto Line(OrderId id, string number, string state, OrderFigures f, long paid, long receivable, long credit) =>
        new(id.Value, number, state, f.Billed, f.Returns, f.Received, f.Refunded, f.ExchangeResult, f.ProductionCost, f.Fees, f.MemberEarnings, paid, f.Costs,
            f.SurplusShared, receivable, credit);

    private static AccountTotalDto Dto(AccountTotal a) => new(a.Account.ToString(), a.Debits, a.Credits, a.Balance);

    private static BalanceCheckDto Check(int count, int unbalanced, IReadOnlyList<AccountTotalDto> accounts)
    {
        var debits = accounts.Sum(a => a.DebitsDong);
        var credits = accounts.Sum(a => a.CreditsDong);
        return new BalanceCheckDto(count, unbalanced, debits, credits, unbalanced == 0 && debits == credits);
    }

    private static EntryLineDto Entry(LedgerRow r, IReadOnlyDictionary<OrderId, string> numbers, IReadOnlyDictionary<LedgerTransactionId, string> references) =>
        new(r.TransactionId.Value, r.BookedOn, r.Kind.ToString(), r.SourceKey, r.Memo, r.Account.ToString(), r.AmountDong,
            r.OrderId is { } o ? numbers.GetValueOrDefault(o) : null, r.MemberId?.Value, r.WorkOrderId?.Value, r.ReversesId?.Value,
            references.GetValueOrDefault(r.TransactionId));
}

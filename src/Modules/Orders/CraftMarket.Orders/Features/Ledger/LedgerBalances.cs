using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain.Ledger;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>Per account: debits and credits as positive sums.</summary>
internal sealed record AccountTotal(LedgerAccount Account, long Debits, long Credits)
{
    public long Balance => Debits - Credits;
}

/// <summary>
/// The ledger's balances, always summed from the entries (nothing cached beside them). Sums across
/// many lines run in the database (per account and month, who is owed what); one household's or one
/// order's lines are few and are read and summed by the same <see cref="MemberFigures"/> and
/// <see cref="OrderFigures"/> the property tests exercise.
/// </summary>
internal sealed class LedgerBalances(OrdersDb db)
{
    public async Task<List<LedgerRow>> OfMemberAsync(MemberId member, CancellationToken ct) =>
        await db.Transactions.AsNoTracking()
            .SelectMany(t => t.Entries, (t, e) => new { t, e })
            .Where(x => x.e.MemberId == member)
            .OrderBy(x => x.t.At).ThenBy(x => x.t.Id).ThenBy(x => x.e.Position)
            .Select(x => new LedgerRow(x.t.Id, x.t.Kind, x.t.SourceKey, x.t.BookedOn, x.t.At, x.t.Memo, x.t.OrderId, x.t.ReversesId, x.e.Account,
                x.e.AmountDong, x.e.MemberId, x.e.WorkOrderId))
            .ToListAsync(ct);

    public async Task<List<LedgerRow>> OfOrderAsync(OrderId order, CancellationToken ct) =>
        await db.Transactions.AsNoTracking()
            .SelectMany(t => t.Entries, (t, e) => new { t, e })
            .Where(x => x.t.OrderId == order)
            .OrderBy(x => x.t.At).ThenBy(x => x.t.Id).ThenBy(x => x.e.Position)
            .Select(x => new LedgerRow(x.t.Id, x.t.Kind, x.t.SourceKey, x.t.BookedOn, x.t.At, x.t.Memo, x.t.OrderId, x.t.ReversesId, x.e.Account,
                x.e.AmountDong, x.e.MemberId, x.e.WorkOrderId))
            .ToListAsync(ct);

    public async Task<List<LedgerRow>> OfMonthAsync(DateOnly from, DateOnly until, CancellationToken ct) =>
        await db.Transactions.AsNoTracking()
            .SelectMany(t => t.Entries, (t, e) => new { t, e })
            .Where(x => x.t.BookedOn >= from && x.t.BookedOn < until)
            .OrderBy(x => x.t.BookedOn).ThenBy(x => x.t.At).ThenBy(x => x.t.Id).ThenBy(x => x.e.Position)
            .Select(x => new LedgerRow(x.t.Id, x.t.Kind, x.t.SourceKey, x.t.BookedOn, x.t.At, x.t.Memo, x.t.OrderId, x.t.ReversesId, x.e.Account,
                x.e.AmountDong, x.e.MemberId, x.e.WorkOrderId))
            .ToListAsync(ct);

    /// <summary>What one household has earned, paid and is owed, from its lines.</summary>
    public async Task<MemberFigures> MemberAsync(MemberId member, CancellationToken ct) => MemberFigures.Of(await OfMemberAsync(member, ct), member);

    /// <summary>
    /// What the household was credited on work orders whose order's balance is in (the payable base
    /// when the association pays after balance): summed in the database over its member-payable lines.
    /// </summary>
    public async Task<long> EarnedOnSettledOrdersAsync(MemberId member, CancellationToken ct)
    {
        var settledWork = db.WorkOrders.Where(w => w.MemberId == member)
            .Join(db.Orders.Where(o => o.PaidMinor >= o.TotalMinor), w => w.OrderId, o => o.Id, (w, o) => w.Id);
        var credited = await db.Transactions
            .SelectMany(t => t.Entries)
            .Where(e => e.MemberId == member && e.Account == LedgerAccount.MemberPayable && e.WorkOrderId != null
                && settledWork.Contains(e.WorkOrderId!.Value))
            .SumAsync(e => (long?)e.AmountDong, ct) ?? 0;
        return -credited;
    }

    /// <summary>Households the association owes money, largest first (member-payable summed per member in the database).</summary>
    public async Task<List<(MemberId Member, long Owed)>> OwedAsync(CancellationToken ct)
    {
        var rows = await db.Transactions
            .SelectMany(t => t.Entries)
            .Where(e => e.Account == LedgerAccount.MemberPayable && e.MemberId != null)
            .GroupBy(e => e.MemberId)
            .Select(g => new { Member = g.Key, Balance = g.Sum(e => e.AmountDong) })
            .Where(x => x.Balance < 0)
            .OrderBy(x => x.Balance)
            .ToListAsync(ct);
        return [.. rows.Select(r => (r.Member!.Value, -r.Balance))];
    }

    /// <summary>Debits and credits per account for postings booked in [from, until) (Vietnam dates), summed in the database.</summary>
    public async Task<List<AccountTotal>> PerAccountAsync(DateOnly from, DateOnly until, CancellationToken ct)
    {
        var rows = await db.Transactions
            .Where(t => t.BookedOn >= from && t.BookedOn < until)
            .SelectMany(t => t.Entries)
            .GroupBy(e => e.Account)
            .Select(g => new
            {
                Account = g.Key,
                Debits = g.Sum(e => e.AmountDong > 0 ? e.AmountDong : 0),
                Credits = g.Sum(e => e.AmountDong < 0 ? -e.AmountDong : 0),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new AccountTotal(r.Account, r.Debits, r.Credits)).OrderBy(r => r.Account)];
    }

    /// <summary>Postings booked in the period whose lines do not sum to zero (the book refuses them; this proves it).</summary>
    public async Task<(int Transactions, int Unbalanced)> BalanceCheckAsync(DateOnly from, DateOnly until, CancellationToken ct)
    {
        var inPeriod = db.Transactions.Where(t => t.BookedOn >= from && t.BookedOn < until);
        var count = await inPeriod.CountAsync(ct);
        var unbalanced = await inPeriod.CountAsync(t => t.Entries.Sum(e => e.AmountDong) != 0, ct);
        return (count, unbalanced);
    }
}

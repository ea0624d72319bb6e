using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Domain.Ledger;

namespace CraftMarket.Orders.Features.Ledger;

/// <summary>
/// Payouts are made to a household, not for an order. To say how much of an order's earnings were
/// paid out, a household's payouts (net of reversals) are laid over its earnings order by order, the
/// earliest-earned order first, each up to what the household earned on it (first in, first out).
/// </summary>
internal static class PaidToMembers
{
    /// <summary>Per order: what its households were paid of their earnings on it, by the end of <paramref name="until"/> (exclusive; null: all).</summary>
    public static Dictionary<OrderId, long> PerOrder(IEnumerable<LedgerRow> memberRows, DateOnly? until)
    {
        var result = new Dictionary<OrderId, long>();
        foreach (var member in memberRows.Where(r => r.Account == LedgerAccount.MemberPayable && r.MemberId is not null).GroupBy(r => r.MemberId!.Value))
        {
            var paid = member.Where(r => r.WorkOrderId is null && (until is null || r.BookedOn < until)).Sum(r => r.AmountDong);
            var earned = member.Where(r => r.WorkOrderId is not null && r.OrderId is not null)
                .GroupBy(r => r.OrderId!.Value)
                .Select(g => (Order: g.Key, First: g.Min(r => r.At), Earned: -g.Sum(r => r.AmountDong)))
                .OrderBy(x => x.First).ThenBy(x => x.Order.Value);
            foreach (var (order, _, amount) in earned)
            {
                if (paid <= 0) break;
                var part = Math.Min(paid, Math.Max(0, amount));
                if (part == 0) continue;
                result[order] = result.GetValueOrDefault(order) + part;
                paid -= part;
            }
        }
        return result;
    }

    /// <summary>Paid in [from, until): the allocation by the end of the period less the allocation before it.</summary>
    public static Dictionary<OrderId, long> InPeriod(IReadOnlyCollection<LedgerRow> memberRows, DateOnly from, DateOnly until)
    {
        var before = PerOrder(memberRows, from);
        var after = PerOrder(memberRows, until);
        return after.Select(kv => (kv.Key, Value: kv.Value - before.GetValueOrDefault(kv.Key))).Where(x => x.Value != 0)
            .ToDictionary(x => x.Key, x => x.Value);
    }

    public static IEnumerable<MemberId> Members(IEnumerable<LedgerRow> rows) =>
        rows.Where(r => r.MemberId is not null).Select(r => r.MemberId!.Value).Distinct();
}

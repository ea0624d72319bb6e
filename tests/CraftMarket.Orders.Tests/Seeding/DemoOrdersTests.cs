using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.Orders.Seeding;
using CraftMarket.Orders.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Tests.Seeding;

/// <summary>The demo shows every state in every village, and its money adds up as the features' would.</summary>
[Collection(OrdersCollection.Name)]
public sealed class DemoOrdersTests(OrdersApp app)
{
    [Theory]
    [InlineData("bat-trang")]
    [InlineData("van-phuc")]
    [InlineData("dong-ky")]
    public async Task Each_village_has_a_demo_order_in_every_state_with_a_ledger_that_balances(string slug)
    {
        await using var scope = app.ScopeFor(slug);
        var db = OrdersSite.Db(scope);
        // Demo orders are numbered 0901-0909 in each village; tests add orders of their own beside them.
        var demo = (await db.Orders.AsNoTracking().ToListAsync())
            .Where(o => o.Number.Contains("-ORD-", StringComparison.Ordinal) && o.Number[^4..] is var n && string.CompareOrdinal(n, "0901") >= 0 && string.CompareOrdinal(n, "0909") <= 0)
            .ToList();
        foreach (var state in OrdersDemoSeeder.States) demo.ShouldContain(o => o.State == state, $"a demo order {state} in {slug}; found {string.Join(", ", demo.Select(o => o.Number + " " + o.State))}");

        var closed = demo.Single(o => o.State == OrderState.Closed);
        closed.BalanceDue.IsZero.ShouldBeTrue();
        var waiting = demo.Single(o => o.State == OrderState.AwaitingBalance);
        waiting.BalanceDue.IsPositive.ShouldBeTrue();
        (await db.QualityChecks.CountAsync(c => c.OrderId == closed.Id && c.Outcome == InspectionOutcome.Rework)).ShouldBeGreaterThan(0);

        var postings = await db.Transactions.AsNoTracking().ToListAsync();
        postings.ShouldAllBe(t => t.Entries.Sum(e => e.AmountDong) == 0);
        // No household was paid more than it earned.
        var byMember = postings.SelectMany(t => t.Entries).Where(e => e.Account == LedgerAccount.MemberPayable).GroupBy(e => e.MemberId);
        byMember.ShouldAllBe(g => g.Sum(e => e.AmountDong) <= 0);
        (await db.Payouts.CountAsync()).ShouldBeGreaterThan(0);
        // The cancelled order's sale is reversed and its deposit returned: nothing is left owed either way.
        var cancelled = demo.Single(o => o.State == OrderState.Cancelled);
        postings.Where(t => t.OrderId == cancelled.Id).SelectMany(t => t.Entries).Where(e => e.Account == LedgerAccount.BuyerReceivable)
            .Sum(e => e.AmountDong).ShouldBe(0);
    }
}

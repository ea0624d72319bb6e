using System.Net;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.Orders.Features.Ledger;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Tests.Ledger;

/// <summary>
/// The ledger's sums run in the database (per account and month, who is owed what, what is payable after
/// balance) and payouts are serialised per household: both depend on the provider, so they run on SQLite
/// and on PostgreSQL.
/// </summary>
public abstract class LedgerDataSuite(OrdersSite app)
{
    private const string Village = "dong-ky";

    [Fact]
    public async Task Balances_are_summed_per_account_and_month_per_household_and_over_settled_orders()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 2);
        var (a, b) = (given.Households[0], given.Households[1]);
        await LedgerGiven.AcceptedAsync(app, given, a, 100);   // 11 640 000 ₫ net
        await LedgerGiven.AcceptedAsync(app, given, b, 30);    //  3 492 000 ₫ net
        // A month of its own, far ahead, so no other test's postings fall in it.
        var month = new DateOnly(2040 + Random.Shared.Next(0, 50), Random.Shared.Next(1, 13), 1);
        await using (var scope = app.ScopeFor(Village))
        {
            var db = OrdersSite.Db(scope);
            var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
            var now = DateTimeOffset.UtcNow;
            await db.PostAsync(Postings.OrderCost(order, $"cost:{Guid.NewGuid()}", Postings.Vnd(700_000), LedgerAccount.Cash, "packing", month.AddDays(3), now), default);
            await db.PostAsync(Postings.OrderCost(order, $"cost:{Guid.NewGuid()}", Postings.Vnd(55), LedgerAccount.Bank, "bank fee", month.AddDays(27), now), default);
            await db.PostAsync(Postings.OrderCost(order, $"cost:{Guid.NewGuid()}", Postings.Vnd(9), LedgerAccount.Bank, "next month", month.AddMonths(1), now), default);
            await db.SaveChangesAsync();
        }

        await using (var scope = app.ScopeFor(Village))
        {
            var balances = scope.ServiceProvider.GetRequiredService<LedgerBalances>();
            var accounts = await balances.PerAccountAsync(month, month.AddMonths(1), default);
            accounts.Single(x => x.Account == LedgerAccount.OrderCosts).ShouldBe(new AccountTotal(LedgerAccount.OrderCosts, 700_055, 0));
            accounts.Single(x => x.Account == LedgerAccount.Cash).ShouldBe(new AccountTotal(LedgerAccount.Cash, 0, 700_000));
            accounts.Single(x => x.Account == LedgerAccount.Bank).Balance.ShouldBe(-55);
            accounts.Count.ShouldBe(3);
            (await balances.BalanceCheckAsync(month, month.AddMonths(1), default)).ShouldBe((2, 0));

            var owed = await balances.OwedAsync(default);
            var mine = owed.Where(o => o.Member == new MemberId(a.MemberId) || o.Member == new MemberId(b.MemberId)).ToList();
            mine.ShouldBe([(new MemberId(a.MemberId), 11_640_000L), (new MemberId(b.MemberId), 3_492_000L)]);
            (await balances.EarnedOnSettledOrdersAsync(new MemberId(a.MemberId), default)).ShouldBe(0);
        }

        await LedgerGiven.PaidAsync(app, given, given.TotalMinor);
        await using (var scope = app.ScopeFor(Village))
        {
            var balances = scope.ServiceProvider.GetRequiredService<LedgerBalances>();
            (await balances.EarnedOnSettledOrdersAsync(new MemberId(a.MemberId), default)).ShouldBe(11_640_000);
        }
        var desk = await app.ExportDesk(Village);
        var report = await (await desk.GetAsync($"/api/ledger/reconciliation?month={month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)}")).LedgerJson();
        var line = report.GetProperty("orders").EnumerateArray().ShouldHaveSingleItem();
        line.GetProperty("costsDong").GetInt64().ShouldBe(700_055);
        line.GetProperty("number").GetString().ShouldBe(given.Number);
        report.GetProperty("check").GetProperty("balanced").GetBoolean().ShouldBeTrue();
        report.GetProperty("check").GetProperty("transactions").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Two_payouts_at_the_same_moment_never_pay_more_than_is_owed()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var household = given.Households[0];
        await LedgerGiven.AcceptedAsync(app, given, household, 100);   // 11 640 000 ₫ owed
        var desks = new[] { await app.ExportDesk(Village), await app.Admin(Village) };

        var answers = await Task.WhenAll(desks.Select(d => d.PayAsync(household.MemberId, 7_000_000, "Cash", null)));
        answers.Select(r => r.StatusCode).OrderBy(s => s).ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict]);

        await using var scope = app.ScopeFor(Village);
        var figures = await scope.ServiceProvider.GetRequiredService<LedgerBalances>().MemberAsync(new MemberId(household.MemberId), default);
        figures.Paid.ShouldBe(7_000_000);
        figures.Owed.ShouldBe(4_640_000);
        (await OrdersSite.Db(scope).Payouts.CountAsync(p => p.MemberId == new MemberId(household.MemberId))).ShouldBe(1);
    }
}

[Collection(OrdersCollection.Name)]
public sealed class LedgerDataSqliteTests(OrdersApp app) : LedgerDataSuite(app);

[Collection(PostgresOrdersCollection.Name)]
public sealed class LedgerDataPostgresTests(PostgresOrdersApp app) : LedgerDataSuite(app);

using CraftMarket.Orders.Contracts;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Orders.Tests.Support;

/// <summary>The module's schema migrates and a given order round-trips with its work orders and its balanced opening posting.</summary>
[Collection(OrdersCollection.Name)]
public sealed class ModuleStartsTests(OrdersApp app)
{
    [Fact]
    public async Task A_given_order_is_stored_with_its_work_orders_and_a_balanced_receivable()
    {
        var buyer = await app.Buyer("bat-trang");
        var given = await OrderGiven.PlacedAsync(app, "bat-trang", await TradeSite.UserIdOf(buyer));

        await using var scope = app.ScopeFor("bat-trang");
        var db = OrdersSite.Db(scope);
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == new Inquiries.Contracts.OrderId(given.Id));
        order.State.ShouldBe(OrderState.AwaitingDeposit);
        order.Deposit.MinorUnits.ShouldBe(given.TotalMinor * 3 / 10);
        (await db.WorkOrders.CountAsync(w => w.OrderId == order.Id)).ShouldBe(2);
        var posting = await db.Transactions.AsNoTracking().SingleAsync(t => t.OrderId == order.Id);
        posting.Entries.Sum(e => e.AmountDong).ShouldBe(0);
        posting.Entries.ShouldContain(e => e.AmountDong == order.TotalVnd);
    }

    [Fact]
    public async Task Another_association_cannot_see_the_order()
    {
        var given = await OrderGiven.PlacedAsync(app, "bat-trang", await TradeSite.UserIdOf(await app.Buyer("bat-trang")), households: 1);
        await using var scope = app.ScopeFor("van-phuc");
        (await OrdersSite.Db(scope).Orders.AnyAsync(o => o.Id == new Inquiries.Contracts.OrderId(given.Id))).ShouldBeFalse();
    }
}

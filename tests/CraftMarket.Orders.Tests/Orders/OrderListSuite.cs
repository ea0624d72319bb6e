using System.Net;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Orders.Tests.Orders.OrdersPartGiven;

namespace CraftMarket.Orders.Tests.Orders;

/// <summary>The desk's list query (state, case-blind text over number and company, newest first, paging) on both providers.</summary>
public abstract class OrderListSuite(OrdersSite app)
{
    [Fact]
    public async Task The_desk_finds_orders_by_state_and_text_newest_first_one_page_at_a_time()
    {
        var buyer = await TradeSite.UserIdOf(await app.Buyer(Village));
        var older = await OrderGiven.PlacedAsync(app, Village, buyer, households: 1);
        var newer = await OrderGiven.PlacedAsync(app, Village, buyer, households: 1, state: CraftMarket.Orders.Contracts.OrderState.InProduction);
        var desk = await app.ExportDesk(Village);

        // The company is "Test Imports XXXX": lower case finds it.
        var company = (await OrderGiven.ReadAsync(app, newer)).Buyer.Company!.ToLowerInvariant();
        var byCompany = await JsonAsync(await desk.GetAsync($"/api/orders?state=all&q={Uri.EscapeDataString(company)}"));
        byCompany.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([newer.Id]);

        var open = await JsonAsync(await desk.GetAsync($"/api/orders?state=open&q={newer.Number.ToLowerInvariant()}"));
        open.GetProperty("items").EnumerateArray().Single().GetProperty("state").GetString().ShouldBe("InProduction");
        (await JsonAsync(await desk.GetAsync($"/api/orders?state=AwaitingDeposit&q={newer.Number}"))).GetProperty("total").GetInt32().ShouldBe(0);

        // Both orders share the "-ORD-2026-0001" tail of their numbers; newest first, one per page.
        var first = await JsonAsync(await desk.GetAsync("/api/orders?state=all&q=-ORD-2026-0001&pageSize=1"));
        var second = await JsonAsync(await desk.GetAsync("/api/orders?state=all&q=-ORD-2026-0001&pageSize=1&page=2"));
        first.GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        var firstAt = first.GetProperty("items")[0].GetProperty("createdAt").GetDateTimeOffset();
        var secondAt = second.GetProperty("items")[0].GetProperty("createdAt").GetDateTimeOffset();
        firstAt.ShouldBeGreaterThanOrEqualTo(secondAt);
        (await desk.GetAsync("/api/orders?page=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        older.Id.ShouldNotBe(newer.Id);
    }
}

[Collection(OrdersCollection.Name)]
public sealed class OrderListTests(OrdersApp app) : OrderListSuite(app);

[Collection(PostgresOrdersCollection.Name)]
public sealed class PostgresOrderListTests(PostgresOrdersApp app) : OrderListSuite(app);

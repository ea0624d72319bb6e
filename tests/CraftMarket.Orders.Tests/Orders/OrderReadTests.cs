using System.Net;
using System.Net.Http.Json;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Orders.Tests.Orders.OrdersPartGiven;

namespace CraftMarket.Orders.Tests.Orders;

/// <summary>GET /api/orders/{id}, its timeline, the desk's list and a buyer's own: who sees what, and nobody else sees that it exists.</summary>
[Collection(OrdersCollection.Name)]
public sealed class OrderReadTests(OrdersApp app)
{
    [Fact]
    public async Task The_desk_reads_the_whole_order_with_its_money_lines_timeline_and_next_moves()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)));
        await PaidAsync(app, given, 20_000);
        var desk = await app.ExportDesk(Village);
        (await desk.PostAsJsonAsync($"/api/orders/{given.Id}/notes", new { text = "Glaze sample approved by phone", @internal = true }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var order = await JsonAsync(await desk.GetAsync($"/api/orders/{given.Id}"));
        order.GetProperty("id").GetGuid().ShouldBe(given.Id);
        order.GetProperty("number").GetString().ShouldBe(given.Number);
        order.GetProperty("state").GetString().ShouldBe("AwaitingDeposit");
        order.GetProperty("currency").GetString().ShouldBe("USD");
        Minor(order.GetProperty("total")).ShouldBe(given.TotalMinor);
        order.GetProperty("total").GetProperty("currency").GetString().ShouldBe("USD");
        Minor(order.GetProperty("paid")).ShouldBe(20_000);
        Minor(order.GetProperty("deposit")).ShouldBe(given.DepositMinor);
        Minor(order.GetProperty("depositDue")).ShouldBe(given.DepositMinor - 20_000);
        Minor(order.GetProperty("balanceDue")).ShouldBe(given.TotalMinor - 20_000);
        order.GetProperty("lines").GetArrayLength().ShouldBe(1);
        Minor(order.GetProperty("lines")[0].GetProperty("unitPrice")).ShouldBe(840);
        order.GetProperty("seller").GetProperty("name").GetString().ShouldBe("Test Association");
        order.GetProperty("incoterm").GetString().ShouldBe("FOB");
        order.GetProperty("country").GetString().ShouldBe("JP");
        order.GetProperty("buyer").GetProperty("userId").GetGuid().ShouldBe(given.BuyerUserId);
        order.GetProperty("nextStates").EnumerateArray().Select(s => s.GetString()).ShouldBe(["InProduction", "Cancelled"]);
        order.GetProperty("moves").EnumerateArray().Select(s => s.GetString()).ShouldBe(["start-production", "cancel"]);
        var kinds = order.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ToList();
        kinds.ShouldContain("payment");
        kinds.ShouldContain("desk-note");
    }

    [Fact]
    public async Task The_buyer_reads_its_own_order_without_desk_lines_or_moves()
    {
        var buyer = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 1);
        var desk = await app.ExportDesk(Village);
        (await desk.PostAsJsonAsync($"/api/orders/{given.Id}/notes", new { text = "Buyer is slow to pay; call before shipping", @internal = true }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await desk.PostAsJsonAsync($"/api/orders/{given.Id}/notes", new { text = "Your glaze sample is approved." }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var order = await JsonAsync(await buyer.GetAsync($"/api/orders/{given.Id}"));
        order.GetProperty("number").GetString().ShouldBe(given.Number);
        order.GetProperty("nextStates").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        order.GetProperty("moves").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var texts = order.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("text").GetString()).ToList();
        texts.ShouldContain("Your glaze sample is approved.");
        texts.ShouldNotContain("Buyer is slow to pay; call before shipping");
        order.GetProperty("timeline").EnumerateArray().ShouldAllBe(t => t.GetProperty("forBuyer").GetBoolean());

        var timeline = await JsonAsync(await buyer.GetAsync($"/api/orders/{given.Id}/timeline"));
        timeline.EnumerateArray().Select(t => t.GetProperty("text").GetString()).ShouldNotContain("Buyer is slow to pay; call before shipping");
        var deskTimeline = await JsonAsync(await desk.GetAsync($"/api/orders/{given.Id}/timeline"));
        deskTimeline.EnumerateArray().Select(t => t.GetProperty("text").GetString()).ShouldContain("Buyer is slow to pay; call before shipping");

        // The buyer was told of the desk's note to it, not of the internal one.
        (await OutboxAsync(app, Village, "orders.order-changed", given.Id)).Count(c => c.GetProperty("change").GetString() == "DeskNote").ShouldBe(1);
    }

    [Fact]
    public async Task Another_buyer_another_association_a_household_and_an_inspector_are_told_the_order_does_not_exist()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var household = await app.Producer(Village, given.Households[0].Phone);
        var askers = new[]
        {
            await app.Buyer(Village, TradeBuyers.Decor),
            await app.ExportDesk("van-phuc"),
            await app.Buyer("van-phuc"),
            household,
            await app.Inspector(Village),
        };
        foreach (var asker in askers)
        {
            (await asker.GetAsync($"/api/orders/{given.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await asker.GetAsync($"/api/orders/{given.Id}/timeline")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        (await app.Anonymous(Village).GetAsync($"/api/orders/{given.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_buyer_lists_its_own_orders_and_the_desk_lists_by_state()
    {
        var homeware = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(homeware), households: 1);
        var mine = await JsonAsync(await homeware.GetAsync("/api/orders/mine?pageSize=100"));
        mine.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(given.Id);
        var decor = await JsonAsync(await (await app.Buyer(Village, TradeBuyers.Decor)).GetAsync("/api/orders/mine?pageSize=100"));
        decor.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldNotContain(given.Id);

        var desk = await app.ExportDesk(Village);
        var listed = await JsonAsync(await desk.GetAsync($"/api/orders?state=AwaitingDeposit&q={given.Number}"));
        var row = listed.GetProperty("items").EnumerateArray().Single();
        row.GetProperty("id").GetGuid().ShouldBe(given.Id);
        Minor(row.GetProperty("depositDue")).ShouldBe(given.DepositMinor);
        (await JsonAsync(await desk.GetAsync($"/api/orders?state=Shipped&q={given.Number}"))).GetProperty("total").GetInt32().ShouldBe(0);
        (await desk.GetAsync("/api/orders?state=Lost")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await desk.GetAsync("/api/orders?pageSize=1000")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await homeware.GetAsync("/api/orders")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

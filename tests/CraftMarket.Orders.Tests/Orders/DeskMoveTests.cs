using System.Net;
using System.Net.Http.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.Orders.Tests.Orders.OrdersPartGiven;

namespace CraftMarket.Orders.Tests.Orders;

/// <summary>The desk's moves: each allowed from its state only (409 otherwise), with what it needs (400 without), and against the revision seen.</summary>
[Collection(OrdersCollection.Name)]
public sealed class DeskMoveTests(OrdersApp app)
{
    [Fact]
    public async Task Production_starts_before_the_deposit_only_with_a_reason_and_only_from_awaiting_deposit()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var desk = await app.ExportDesk(Village);
        var url = $"/api/orders/{given.Id}/start-production";

        (await desk.PostAsJsonAsync(url, new { reason = "  " })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var stale = await desk.PostAsJsonAsync(url, new { reason = "Trusted buyer", revision = 99 });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeAsync(stale)).ShouldBe("order.changed");

        var started = await desk.PostAsJsonAsync(url, new { reason = "Trusted buyer: third order this year", revision = 0 });
        started.StatusCode.ShouldBe(HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
        (await JsonAsync(started)).GetProperty("state").GetString().ShouldBe("InProduction");
        (await OrderGiven.ReadAsync(app, given)).State.ShouldBe(OrderState.InProduction);

        var again = await desk.PostAsJsonAsync(url, new { reason = "Trusted buyer" });
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeAsync(again)).ShouldBe("order.state");

        // The reason is the desk's: the buyer's timeline says production started, not why.
        var buyerView = await JsonAsync(await (await app.Buyer(Village)).GetAsync($"/api/orders/{given.Id}/timeline"));
        buyerView.EnumerateArray().Select(t => t.GetProperty("kind").GetString()).ShouldContain("state:InProduction");
        buyerView.EnumerateArray().Select(t => t.GetProperty("text").GetString()).ShouldNotContain("Trusted buyer: third order this year");
    }

    [Fact]
    public async Task An_order_ready_to_ship_is_shipped_with_its_reference_delivered_and_closed_once_the_balance_is_in()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1,
            state: OrderState.ReadyToShip);
        var desk = await app.ExportDesk(Village);
        var id = given.Id;

        (await desk.PostAsJsonAsync($"/api/orders/{id}/deliver", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await desk.PostAsJsonAsync($"/api/orders/{id}/ship", new { shipmentReference = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await desk.PostAsJsonAsync($"/api/orders/{id}/ship", new { shipmentReference = "HPH-BL-778812" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var shipped = await OrderGiven.ReadAsync(app, given);
        shipped.State.ShouldBe(OrderState.Shipped);
        shipped.ShipmentReference.ShouldBe("HPH-BL-778812");
        (await desk.PostAsJsonAsync($"/api/orders/{id}/ship", new { shipmentReference = "again" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await desk.PostAsJsonAsync($"/api/orders/{id}/cancel", new { reason = "too late" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await desk.PostAsJsonAsync($"/api/orders/{id}/deliver", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OrderGiven.ReadAsync(app, given)).State.ShouldBe(OrderState.Delivered);

        var owed = await desk.PostAsJsonAsync($"/api/orders/{id}/close", new { });
        owed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeAsync(owed)).ShouldBe("order.balance_due");
        await PaidAsync(app, given, given.TotalMinor, purpose: PaymentPurpose.Balance);
        (await desk.PostAsJsonAsync($"/api/orders/{id}/close", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var closed = await OrderGiven.ReadAsync(app, given);
        closed.State.ShouldBe(OrderState.Closed);
        closed.ClosedAt.ShouldNotBeNull();
        (await desk.PostAsJsonAsync($"/api/orders/{id}/close", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var states = (await OutboxAsync(app, Village, "orders.order-changed", id))
            .Where(c => c.GetProperty("change").GetString() == "StateChanged").Select(c => c.GetProperty("state").GetString()).ToList();
        states.ShouldBe(["Shipped", "Delivered", "Closed"]);
    }

    [Fact]
    public async Task Only_the_desk_of_the_orders_association_moves_it()
    {
        var buyer = await app.Buyer(Village);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 1);
        (await buyer.PostAsJsonAsync($"/api/orders/{given.Id}/cancel", new { reason = "changed my mind" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.Inspector(Village)).PostAsJsonAsync($"/api/orders/{given.Id}/start-production", new { reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await app.ExportDesk("van-phuc")).PostAsJsonAsync($"/api/orders/{given.Id}/cancel", new { reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.ExportDesk("van-phuc")).PostAsJsonAsync($"/api/orders/{given.Id}/notes", new { text = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Admin(Village)).PostAsJsonAsync($"/api/orders/{given.Id}/notes", new { text = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await OrderGiven.ReadAsync(app, given)).State.ShouldBe(OrderState.AwaitingDeposit);

        // The association admin is desk too.
        (await (await app.Admin(Village)).PostAsJsonAsync($"/api/orders/{given.Id}/cancel", new { reason = "Buyer withdrew before the deposit" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await OrderGiven.ReadAsync(app, given)).State.ShouldBe(OrderState.Cancelled);
    }

    [Fact]
    public async Task Of_two_desk_members_moving_the_same_order_at_once_the_second_is_told_it_changed()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        // The second desk member loaded the order before the first saved: the database's revision check refuses its save.
        await using var scope = app.ScopeFor(Village);
        var moves = new CraftMarket.Orders.Features.Orders.DeskMoves(OrdersSite.Db(scope), TimeProvider.System);
        var db = OrdersSite.Db(scope);
        var loaded = await db.Orders.SingleAsync(o => o.Id == new Inquiries.Contracts.OrderId(given.Id));
        (await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/orders/{given.Id}/start-production", new { reason = "Trusted" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var actor = CraftMarket.Identity.Contracts.CurrentActor.Background(app.TenantIdOf(Village), "Second desk member");
        var lost = await moves.CancelAsync(loaded.Id, new CraftMarket.Orders.Features.Orders.MoveInput("Buyer withdrew"), actor, CancellationToken.None);
        lost.IsFailure.ShouldBeTrue();
        lost.Error!.Code.ShouldBe("order.changed");
        (await OrderGiven.ReadAsync(app, given)).State.ShouldBe(OrderState.InProduction);
    }
}

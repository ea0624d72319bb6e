using System.Net;
using System.Net.Http.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Orders.Tests.Orders.OrdersPartGiven;

namespace CraftMarket.Orders.Tests.Orders;

/// <summary>
/// ADR 0054 in amounts. The given orders: 2 households × 200 pieces at US$8.40 = US$3 360.00, deposit
/// 30% = US$1 008.00 (minor units below).
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class CancellationRefundTests(OrdersApp app)
{
    [Fact]
    public async Task Cancelled_before_production_every_payment_is_refunded_in_full_and_every_work_order_stops()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)));
        var card = await PaidAsync(app, given, 20_000, PaymentMethod.Card);
        var bank = await PaidAsync(app, given, 30_000);
        (await OrderGiven.ReadAsync(app, given)).State.ShouldBe(OrderState.AwaitingDeposit);

        var response = await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/orders/{given.Id}/cancel", new { reason = "The buyer's customer went bankrupt" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await JsonAsync(response);
        Minor(body.GetProperty("retained")).ShouldBe(0);
        body.GetProperty("workOrdersCancelled").GetInt32().ShouldBe(2);

        var refunds = await RefundsAsync(app, given);
        refunds.Select(r => (r.PaymentId.Value, r.AmountMinor)).ShouldBe([(card, 20_000L), (bank, 30_000L)], ignoreOrder: true);
        refunds.ShouldAllBe(r => !r.Completed);
        // The card refund goes to Stripe through the outbox; the bank one waits for the desk's transfer.
        var requested = await OutboxAsync(app, Village, "orders.refund-requested", given.Id);
        requested.ShouldHaveSingleItem().GetProperty("paymentId").GetRawText().ShouldContain(card.ToString());

        var order = await OrderGiven.ReadAsync(app, given);
        order.State.ShouldBe(OrderState.Cancelled);
        order.CancelReason.ShouldBe("The buyer's customer went bankrupt");
        (await WorkStateAsync(app, given, 0)).ShouldBe(WorkOrderState.Cancelled);
        (await WorkStateAsync(app, given, 1)).ShouldBe(WorkOrderState.Cancelled);
        foreach (var household in given.Households)
            (await OutboxAsync(app, Village, "orders.work-order-changed", household.WorkOrderId))
                .Select(e => e.GetProperty("state").GetString()).ShouldContain("Cancelled");
    }

    [Fact]
    public async Task Cancelled_in_production_the_deposit_is_kept_up_to_the_work_accepted_and_the_rest_refunded()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)));
        var deposit = await PaidAsync(app, given, given.DepositMinor);
        (await OrderGiven.ReadAsync(app, given)).State.ShouldBe(OrderState.InProduction);
        // One household's lot was inspected: 50 pieces accepted (50 × 840 = 42 000), 10 rejected; the other has not started.
        await WorkAsync(app, given, 0, WorkOrderState.Inspected, accepted: 50, rejected: 10);

        var response = await (await app.ExportDesk(Village)).PostAsJsonAsync($"/api/orders/{given.Id}/cancel", new { reason = "Buyer cancelled" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await JsonAsync(response);
        Minor(body.GetProperty("workValue")).ShouldBe(42_000);
        Minor(body.GetProperty("retained")).ShouldBe(42_000);

        var refund = (await RefundsAsync(app, given)).ShouldHaveSingleItem();
        refund.PaymentId.Value.ShouldBe(deposit);
        refund.AmountMinor.ShouldBe(given.DepositMinor - 42_000);
        (await OutboxAsync(app, Village, "orders.refund-requested", given.Id)).ShouldBeEmpty();
        // The inspected lot stays inspected (its pieces are owed to the household); the other stops.
        (await WorkStateAsync(app, given, 0)).ShouldBe(WorkOrderState.Inspected);
        (await WorkStateAsync(app, given, 1)).ShouldBe(WorkOrderState.Cancelled);
    }

    [Fact]
    public async Task Work_in_hand_worth_more_than_the_deposit_keeps_the_whole_deposit_and_refunds_the_rest_from_the_latest_payment()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)));
        var first = await PaidAsync(app, given, given.DepositMinor);
        var second = await PaidAsync(app, given, 50_000, PaymentMethod.Card, PaymentPurpose.Balance);
        // A started lot of 200 pieces is worth 168 000 at the buyer's price: more than the deposit.
        await WorkAsync(app, given, 1, WorkOrderState.Started);

        var response = await (await app.Admin(Village)).PostAsJsonAsync($"/api/orders/{given.Id}/cancel", new { reason = "Buyer cancelled late" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await JsonAsync(response);
        Minor(body.GetProperty("workValue")).ShouldBe(168_000);
        Minor(body.GetProperty("retained")).ShouldBe(given.DepositMinor);

        var refund = (await RefundsAsync(app, given)).ShouldHaveSingleItem();
        refund.PaymentId.Value.ShouldBe(second);
        refund.AmountMinor.ShouldBe(50_000);
        refund.PaymentId.Value.ShouldNotBe(first);
        (await WorkStateAsync(app, given, 0)).ShouldBe(WorkOrderState.Cancelled);
        (await WorkStateAsync(app, given, 1)).ShouldBe(WorkOrderState.Cancelled);
    }
}

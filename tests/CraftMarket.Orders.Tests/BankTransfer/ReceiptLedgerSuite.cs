using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.Orders.Tests.BankTransfer.BankGiven;

namespace CraftMarket.Orders.Tests.BankTransfer;

/// <summary>
/// The round trip on both providers: receipts with and without the đồng credited are stored, the
/// idempotency and duplicate checks query them, the ledger keeps one balanced posting per receipt
/// (the exchange difference included), and a transfer back reads and lowers them again.
/// </summary>
public abstract class ReceiptLedgerSuite(OrdersSite app)
{
    [Fact]
    public async Task Receipts_and_a_transfer_back_round_trip_with_balanced_postings()
    {
        const string village = "van-phuc";
        var order = await OrderGiven.PlacedAsync(app, village, await TradeSite.UserIdOf(await app.Buyer(village)), households: 1, quantityEach: 400);
        var desk = await app.ExportDesk(village);
        await RecordAsync(desk, order.Id, Receipt(60_000, amountVnd: 15_300_000));   // book 15,000,000: an exchange gain of 300,000
        var key = Guid.NewGuid().ToString();
        var second = Receipt(order.TotalMinor - 60_000 + 5_000, reference: "FT-ROUND-TRIP");
        (await PostReceiptAsync(desk, order.Id, second, key)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        (await PostReceiptAsync(desk, order.Id, second, key)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await PostReceiptAsync(desk, order.Id, second)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Conflict);

        var view = await desk.GetFromJsonAsync<JsonElement>($"/api/orders/{order.Id}/payments");
        view.GetProperty("payments").GetArrayLength().ShouldBe(2);
        Minor(view.GetProperty("order").GetProperty("overpaid")).ShouldBe(5_000);
        var overId = view.GetProperty("payments").EnumerateArray().Single(p => p.GetProperty("reference").GetString() == "FT-ROUND-TRIP")
            .GetProperty("id").GetGuid();
        var refund = await desk.PostAsJsonAsync($"/api/orders/{order.Id}/refunds", new
        {
            paymentId = overId, amount = new { currency = "USD", minorUnits = 5_000 }, reason = "Overpaid", refundedOn = Iso(Today), reference = "RF-RT",
        });
        refund.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await refund.Content.ReadAsStringAsync());

        await using var scope = app.ScopeFor(village);
        var db = OrdersSite.Db(scope);
        var stored = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == new OrderId(order.Id));
        stored.PaidMinor.ShouldBe(order.TotalMinor);
        stored.State.ShouldBe(OrderState.InProduction);
        var postings = await db.Transactions.AsNoTracking().Where(t => t.OrderId == new OrderId(order.Id)).ToListAsync();
        postings.Count(t => t.Kind == LedgerKind.PaymentReceived).ShouldBe(2);
        postings.Count(t => t.Kind == LedgerKind.Refund).ShouldBe(1);
        postings.ShouldAllBe(t => t.Entries.Sum(e => e.AmountDong) == 0);
        postings.SelectMany(t => t.Entries).Where(e => e.Account == LedgerAccount.ExchangeDifference).Sum(e => e.AmountDong).ShouldBe(-300_000);
        // Everything received and given back, at the book rate: the receivable is settled exactly.
        postings.SelectMany(t => t.Entries).Where(e => e.Account == LedgerAccount.BuyerReceivable).Sum(e => e.AmountDong).ShouldBe(0);
        postings.SelectMany(t => t.Entries).Where(e => e.Account == LedgerAccount.BuyerCredit).Sum(e => e.AmountDong).ShouldBe(0);
    }
}

[Collection(OrdersCollection.Name)]
public sealed class SqliteReceiptLedgerTests(OrdersApp app) : ReceiptLedgerSuite(app);

[Collection(PostgresOrdersCollection.Name)]
public sealed class PostgresReceiptLedgerTests(PostgresOrdersApp app) : ReceiptLedgerSuite(app);

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;
using Microsoft.EntityFrameworkCore;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Orders.Tests.BankTransfer.BankGiven;

namespace CraftMarket.Orders.Tests.BankTransfer;

/// <summary>POST /api/orders/{id}/refunds for bank payments: the desk records the transfer back; Paid falls, the ledger posts it once.</summary>
[Collection(OrdersCollection.Name)]
public sealed class RefundTests(OrdersApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task Giving_back_an_overpayment_by_transfer_lowers_paid_and_posts_once_from_the_buyers_credit()
    {
        var (desk, order) = await OrderAsync();
        await RecordAsync(desk, order.Id, Receipt(order.TotalMinor));
        var over = await RecordAsync(desk, order.Id, Receipt(10_000, purpose: "Balance"));
        var paymentId = over.GetProperty("payment").GetProperty("id").GetGuid();

        var body = Refund(paymentId, 10_000);
        var response = await desk.PostAsJsonAsync($"/api/orders/{order.Id}/refunds", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        answer.GetProperty("refund").GetProperty("completed").GetBoolean().ShouldBeTrue();
        Minor(answer.GetProperty("order").GetProperty("overpaid")).ShouldBe(0);
        Minor(answer.GetProperty("order").GetProperty("paid")).ShouldBe(order.TotalMinor);

        var stored = await OrderGiven.ReadAsync(app, order);
        stored.PaidMinor.ShouldBe(order.TotalMinor);
        stored.Overpaid.IsZero.ShouldBeTrue();
        var refundId = answer.GetProperty("refund").GetProperty("id").GetGuid();
        var posting = (await PostingsAsync(app, order)).Where(t => t.Kind == LedgerKind.Refund).ShouldHaveSingleItem();
        posting.SourceKey.ShouldBe($"refund:{refundId}");
        posting.Entries.ShouldContain(e => e.Account == LedgerAccount.BuyerCredit && e.AmountDong == 2_500_000);
        posting.Entries.ShouldContain(e => e.Account == LedgerAccount.Bank && e.AmountDong == -2_500_000);
        posting.SumDong.ShouldBe(0);

        // The same transfer back again is refused, and so is more than what is left of the payment.
        (await desk.PostAsJsonAsync($"/api/orders/{order.Id}/refunds", body)).StatusCode.ShouldBeOneOf(HttpStatusCode.BadRequest, HttpStatusCode.Conflict);
        (await ErrorsAsync(await desk.PostAsJsonAsync($"/api/orders/{order.Id}/refunds", Refund(paymentId, 1)))).ShouldContainKey("amount");
        (await PostingsAsync(app, order)).Count(t => t.Kind == LedgerKind.Refund).ShouldBe(1);
        (await OrderGiven.ReadAsync(app, order)).PaidMinor.ShouldBe(order.TotalMinor);
    }

    [Fact]
    public async Task A_refund_needs_the_orders_own_payment_a_reason_and_a_statement_reference()
    {
        var (desk, order) = await OrderAsync();
        var paid = await RecordAsync(desk, order.Id, Receipt(20_000));
        var paymentId = paid.GetProperty("payment").GetProperty("id").GetGuid();
        var (_, other) = await OrderAsync();

        var errors = await ErrorsAsync(await desk.PostAsJsonAsync($"/api/orders/{other.Id}/refunds",
            new { paymentId, amount = new { currency = "USD", minorUnits = 5_000 }, reason = "", refundedOn = Iso(Today) }));
        errors.ShouldContainKey("paymentId");
        errors.ShouldContainKey("reason");
        errors.ShouldContainKey("reference");
        (await ErrorsAsync(await desk.PostAsJsonAsync($"/api/orders/{order.Id}/refunds", Refund(paymentId, 5_000, currency: "VND"))))
            .ShouldContainKey("amount");
        var vanPhuc = await app.ExportDesk("van-phuc");
        (await vanPhuc.PostAsJsonAsync($"/api/orders/{order.Id}/refunds", Refund(paymentId, 5_000))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await OrderGiven.ReadAsync(app, order)).PaidMinor.ShouldBe(20_000);
    }

    [Fact]
    public async Task A_card_payments_refund_is_only_requested_here_and_paid_stays_until_stripe_confirms()
    {
        var (desk, order) = await OrderAsync();
        Guid paymentId;
        await using (var scope = app.ScopeFor(Village))
        {
            var db = OrdersSite.Db(scope);
            var stored = await db.Orders.SingleAsync(o => o.Id == new OrderId(order.Id));
            var card = new Payment(stored.TenantId, stored.Id, PaymentMethod.Card, PaymentPurpose.Deposit, new Money(order.DepositMinor, Currency.USD),
                DateTimeOffset.UtcNow) { Reference = "pi_test_" + Guid.NewGuid().ToString("N")[..8] };
            db.Payments.Add(card);
            await db.SucceededAsync(stored, card, "Stripe", TimeProvider.System, CancellationToken.None);
            await db.SaveChangesAsync();
            paymentId = card.Id.Value;
        }

        var response = await desk.PostAsJsonAsync($"/api/orders/{order.Id}/refunds",
            new { paymentId, amount = new { currency = "USD", minorUnits = 20_000 }, reason = "Goodwill" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        answer.GetProperty("refund").GetProperty("completed").GetBoolean().ShouldBeFalse();
        Minor(answer.GetProperty("order").GetProperty("paid")).ShouldBe(order.DepositMinor);
        (await OrderGiven.ReadAsync(app, order)).PaidMinor.ShouldBe(order.DepositMinor);
        (await PostingsAsync(app, order)).ShouldNotContain(t => t.Kind == LedgerKind.Refund);
        // What is reserved for the pending refund cannot be refunded again.
        (await ErrorsAsync(await desk.PostAsJsonAsync($"/api/orders/{order.Id}/refunds",
            new { paymentId, amount = new { currency = "USD", minorUnits = order.DepositMinor - 19_999 }, reason = "Again" }))).ShouldContainKey("amount");
    }

    private static object Refund(Guid paymentId, long minor, string currency = "USD") => new
    {
        paymentId,
        amount = new { currency, minorUnits = minor },
        reason = "Paid twice by mistake",
        refundedOn = Iso(Today),
        reference = "RF-" + paymentId.ToString("N")[..8],
    };

    private async Task<(HttpClient Desk, GivenOrder Order)> OrderAsync()
    {
        var buyer = await app.Buyer(Village);
        var order = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 1, quantityEach: 400);
        return (await app.ExportDesk(Village), order);
    }
}

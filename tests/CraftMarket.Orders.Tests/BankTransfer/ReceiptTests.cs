using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Orders.Tests.BankTransfer.BankGiven;

namespace CraftMarket.Orders.Tests.BankTransfer;

/// <summary>
/// POST /api/orders/{id}/payments: bank receipts move the order when the deposit is covered, add up
/// when partial, show and book an overpayment, book an exchange difference, and are never recorded twice.
/// Orders: 400 pieces at US$8.40 = US$3,360.00, deposit 30% = US$1,008.00, book rate 25,000 ₫/US$.
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class ReceiptTests(OrdersApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task A_deposit_receipt_starts_production_and_is_answered_with_the_orders_money()
    {
        var (desk, order) = await OrderAsync();
        var body = await RecordAsync(desk, order.Id, Receipt(order.DepositMinor));

        body.GetProperty("payment").GetProperty("method").GetString().ShouldBe("BankTransfer");
        body.GetProperty("payment").GetProperty("purpose").GetString().ShouldBe("Deposit");
        body.GetProperty("payment").GetProperty("status").GetString().ShouldBe("Succeeded");
        var money = body.GetProperty("order");
        money.GetProperty("state").GetString().ShouldBe("InProduction");
        Minor(money.GetProperty("paid")).ShouldBe(order.DepositMinor);
        Minor(money.GetProperty("depositDue")).ShouldBe(0);
        Minor(money.GetProperty("balanceDue")).ShouldBe(order.TotalMinor - order.DepositMinor);
        (await OrderGiven.ReadAsync(app, order)).State.ShouldBe(OrderState.InProduction);
    }

    [Fact]
    public async Task A_partial_deposit_waits_and_a_second_partial_completes_it()
    {
        var (desk, order) = await OrderAsync();
        var first = await RecordAsync(desk, order.Id, Receipt(50_000));
        first.GetProperty("order").GetProperty("state").GetString().ShouldBe("AwaitingDeposit");
        Minor(first.GetProperty("order").GetProperty("depositDue")).ShouldBe(order.DepositMinor - 50_000);
        (await OrderGiven.ReadAsync(app, order)).State.ShouldBe(OrderState.AwaitingDeposit);

        var second = await RecordAsync(desk, order.Id, Receipt(order.DepositMinor - 50_000));
        second.GetProperty("order").GetProperty("state").GetString().ShouldBe("InProduction");
        var stored = await OrderGiven.ReadAsync(app, order);
        stored.State.ShouldBe(OrderState.InProduction);
        stored.PaidMinor.ShouldBe(order.DepositMinor);
        (await PostingsAsync(app, order)).Count(t => t.Kind == LedgerKind.PaymentReceived).ShouldBe(2);
    }

    [Fact]
    public async Task An_overpayment_is_accepted_shown_and_booked_as_the_buyers_credit()
    {
        var (desk, order) = await OrderAsync();
        await RecordAsync(desk, order.Id, Receipt(order.TotalMinor));
        var over = await RecordAsync(desk, order.Id, Receipt(10_000, purpose: "Balance"));

        Minor(over.GetProperty("order").GetProperty("overpaid")).ShouldBe(10_000);
        Minor(over.GetProperty("order").GetProperty("balanceDue")).ShouldBe(0);
        (await OrderGiven.ReadAsync(app, order)).Overpaid.MinorUnits.ShouldBe(10_000);
        var paymentId = over.GetProperty("payment").GetProperty("id").GetGuid();
        var posting = (await PostingsAsync(app, order)).Single(t => t.SourceKey == $"payment:{paymentId}");
        posting.Entries.ShouldContain(e => e.Account == LedgerAccount.BuyerCredit && e.AmountDong == -2_500_000);   // US$100 at 25,000 ₫
        posting.Entries.ShouldNotContain(e => e.Account == LedgerAccount.BuyerReceivable);
        posting.SumDong.ShouldBe(0);
    }

    [Fact]
    public async Task Dong_credited_below_the_book_value_post_an_exchange_loss_and_the_posting_balances()
    {
        var (desk, order) = await OrderAsync();
        var body = await RecordAsync(desk, order.Id, Receipt(order.DepositMinor, amountVnd: 25_000_000));   // book: 1,008 × 25,000 = 25,200,000

        var paymentId = body.GetProperty("payment").GetProperty("id").GetGuid();
        body.GetProperty("payment").GetProperty("amountVnd").GetInt64().ShouldBe(25_000_000);
        var posting = (await PostingsAsync(app, order)).Single(t => t.SourceKey == $"payment:{paymentId}");
        posting.Entries.ShouldContain(e => e.Account == LedgerAccount.Bank && e.AmountDong == 25_000_000);
        posting.Entries.ShouldContain(e => e.Account == LedgerAccount.BuyerReceivable && e.AmountDong == -25_200_000);
        posting.Entries.ShouldContain(e => e.Account == LedgerAccount.ExchangeDifference && e.AmountDong == 200_000);
        posting.SumDong.ShouldBe(0);
        posting.BookedOn.ShouldBe(Today);
    }

    [Fact]
    public async Task A_wrong_currency_a_future_date_no_reference_and_a_wild_dong_amount_are_refused_with_their_field()
    {
        var (desk, order) = await OrderAsync();
        (await ErrorsAsync(await PostReceiptAsync(desk, order.Id, Receipt(order.DepositMinor, currency: "EUR"))))["amount"].ShouldHaveSingleItem()
            .ShouldContain("This order is in USD");
        (await ErrorsAsync(await PostReceiptAsync(desk, order.Id, Receipt(order.DepositMinor, on: Today.AddDays(1)))))["receivedOn"]
            .ShouldHaveSingleItem().ShouldContain("future");
        (await ErrorsAsync(await PostReceiptAsync(desk, order.Id, Receipt(order.DepositMinor, reference: "  "))))
            .ShouldContainKey("reference");
        (await ErrorsAsync(await PostReceiptAsync(desk, order.Id, Receipt(order.DepositMinor, amountVnd: 252_000_000))))
            .ShouldContainKey("amountVnd");
        (await ErrorsAsync(await PostReceiptAsync(desk, order.Id, Receipt(order.TotalMinor + 1))))
            .ShouldContainKey("amount");
        (await PaymentsAsync(app, order)).ShouldBeEmpty();
        (await OrderGiven.ReadAsync(app, order)).PaidMinor.ShouldBe(0);
    }

    [Fact]
    public async Task The_same_receipt_sent_twice_is_recorded_once()
    {
        var (desk, order) = await OrderAsync();
        var body = Receipt(40_000, reference: "FT2634100001");
        var key = Guid.NewGuid().ToString();
        var first = await PostReceiptAsync(desk, order.Id, body, key);
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var again = await PostReceiptAsync(desk, order.Id, body, key);
        again.StatusCode.ShouldBe(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payment").GetProperty("id").GetGuid()
            .ShouldBe((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("payment").GetProperty("id").GetGuid());

        // The same key for other money is a mistake; the same statement line without a key is a duplicate.
        (await PostReceiptAsync(desk, order.Id, Receipt(41_000, reference: "FT2634100001"), key)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var duplicate = await PostReceiptAsync(desk, order.Id, body);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await duplicate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("receipt_already_recorded");

        (await PaymentsAsync(app, order)).ShouldHaveSingleItem().AmountMinor.ShouldBe(40_000);
        (await OrderGiven.ReadAsync(app, order)).PaidMinor.ShouldBe(40_000);
        (await PostingsAsync(app, order)).Count(t => t.Kind == LedgerKind.PaymentReceived).ShouldBe(1);
    }

    [Theory]
    [InlineData(OrderState.Cancelled)]
    [InlineData(OrderState.Closed)]
    public async Task A_cancelled_or_closed_order_refuses_receipts(OrderState state)
    {
        var (desk, order) = await OrderAsync(state);
        var refused = await PostReceiptAsync(desk, order.Id, Receipt(order.DepositMinor));
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, await refused.Content.ReadAsStringAsync());
        (await PaymentsAsync(app, order)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_buyer_reads_its_own_payments_without_proof_reference_or_desk_names()
    {
        var buyer = await app.Buyer(Village);
        var order = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 1);
        var desk = await app.ExportDesk(Village);
        var proof = await ProofAsync(desk, order.Id);
        await RecordAsync(desk, order.Id, Receipt(order.DepositMinor, reference: "FT-SECRET-REF", proof: proof));

        var response = await buyer.GetAsync($"/api/orders/{order.Id}/payments");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var raw = await response.Content.ReadAsStringAsync();
        var payment = JsonDocument.Parse(raw).RootElement.EnumerateArray().ShouldHaveSingleItem();
        Minor(payment.GetProperty("amount")).ShouldBe(order.DepositMinor);
        payment.GetProperty("receivedOn").GetString().ShouldBe(Iso(Today));
        payment.GetProperty("method").GetString().ShouldBe("BankTransfer");
        payment.GetProperty("status").GetString().ShouldBe("Succeeded");
        raw.ShouldNotContain(proof.ToString());
        raw.ShouldNotContain("FT-SECRET-REF");
        raw.ShouldNotContain("recordedBy", Case.Insensitive);
        raw.ShouldNotContain("proof", Case.Insensitive);

        // The desk sees everything, the proof included; the buyer cannot fetch it.
        var deskView = await desk.GetFromJsonAsync<JsonElement>($"/api/orders/{order.Id}/payments");
        var deskPayment = deskView.GetProperty("payments").EnumerateArray().ShouldHaveSingleItem();
        deskPayment.GetProperty("proofFileId").GetGuid().ShouldBe(proof);
        deskPayment.GetProperty("recordedBy").GetString().ShouldNotBeNullOrEmpty();
        var paymentId = deskPayment.GetProperty("id").GetGuid();
        var file = await desk.GetAsync($"/api/orders/{order.Id}/payments/{paymentId}/proof");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await buyer.GetAsync($"/api/orders/{order.Id}/payments/{paymentId}/proof")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);

        // Another buyer is told nothing.
        var other = await app.Buyer(Village, TradeBuyers.Decor);
        (await other.GetAsync($"/api/orders/{order.Id}/payments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_associations_desk_and_a_household_cannot_touch_the_orders_money()
    {
        var (desk, order) = await OrderAsync();
        await RecordAsync(desk, order.Id, Receipt(10_000));
        var vanPhuc = await app.ExportDesk("van-phuc");
        (await PostReceiptAsync(vanPhuc, order.Id, Receipt(order.DepositMinor))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.GetAsync($"/api/orders/{order.Id}/payments")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhuc.PostAsync($"/api/orders/{order.Id}/payments/proof", File("s.pdf", BankGiven.Pdf(), "application/pdf"))).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);

        var household = await app.Producer(Village, order.Households[0].Phone);
        (await PostReceiptAsync(household, order.Id, Receipt(order.DepositMinor))).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        (await household.GetAsync($"/api/orders/{order.Id}/payments")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        var inspector = await app.Inspector(Village);
        (await PostReceiptAsync(inspector, order.Id, Receipt(order.DepositMinor))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await PaymentsAsync(app, order)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_proof_must_be_a_PDF_or_a_photo()
    {
        var (desk, order) = await OrderAsync();
        var exe = new byte[1024];
        "MZ"u8.CopyTo(exe);
        (await ErrorsAsync(await desk.PostAsync($"/api/orders/{order.Id}/payments/proof", File("slip.pdf", exe, "application/pdf"))))
            .ShouldContainKey("file");
        (await ErrorsAsync(await PostReceiptAsync(desk, order.Id, Receipt(10_000, proof: Guid.NewGuid())))).ShouldContainKey("proofFileId");
    }

    private async Task<(HttpClient Desk, GivenOrder Order)> OrderAsync(OrderState state = OrderState.AwaitingDeposit)
    {
        var buyer = await app.Buyer(Village);
        var order = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(buyer), households: 1, quantityEach: 400, state: state);
        return (await app.ExportDesk(Village), order);
    }

    internal static async Task<Guid> ProofAsync(HttpClient desk, Guid orderId)
    {
        var uploaded = await desk.PostAsync($"/api/orders/{orderId}/payments/proof", File("statement 12-2026.pdf", BankGiven.Pdf(), "application/pdf"));
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        return (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fileId").GetGuid();
    }
}

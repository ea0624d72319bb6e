using System.Net;
using System.Net.Http.Json;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Orders.Tests.Ledger;

/// <summary>When an order ends: a closed order's surplus shared by accepted value (or kept), a cancelled sale reversed; order costs; reversals.</summary>
[Collection(OrdersCollection.Name)]
public sealed class OrderEndTests(OrdersApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task A_closed_orders_surplus_is_shared_exactly_by_accepted_value_and_shows_in_each_households_ledger()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 2);
        var (a, b) = (given.Households[0], given.Households[1]);
        await LedgerGiven.AcceptedAsync(app, given, a, 200);
        await LedgerGiven.AcceptedAsync(app, given, b, 150);
        await LedgerGiven.PaidAsync(app, given, given.TotalMinor);   // 3 360 US$ at 25 000 ₫: 84 000 000 ₫, received at the book rate
        var desk = await app.ExportDesk(Village);
        var cost = await desk.PostAsJsonAsync($"/api/orders/{given.Id}/costs", new { kind = "Freight", amountDong = 1_000_001, paidFrom = "Cash", note = "DHL 42" });
        cost.StatusCode.ShouldBe(HttpStatusCode.Created, await cost.Content.ReadAsStringAsync());
        (await desk.PostAsJsonAsync($"/api/orders/{given.Id}/costs", new { kind = "Freight", amountDong = 0, paidFrom = "Safe" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await LedgerGiven.MovedAsync(app, given, OrderState.Closed, from: OrderState.Delivered);

        // 84 000 000 − 350 × 120 000 − 1 000 001 = 40 999 999 ₫, shared 200 : 150 (largest remainder takes the odd đồng).
        var shared = await SurplusAsync(given);
        var credits = shared.Entries.Where(e => e.Account == LedgerAccount.MemberPayable).ToList();
        (-credits.Sum(e => e.AmountDong)).ShouldBe(40_999_999);
        (-credits.Single(e => e.WorkOrderId == new WorkOrderId(a.WorkOrderId)).AmountDong).ShouldBe(23_428_571);
        (-credits.Single(e => e.WorkOrderId == new WorkOrderId(b.WorkOrderId)).AmountDong).ShouldBe(17_571_428);

        var ledgerA = await (await desk.GetAsync($"/api/ledger/members/{a.MemberId}")).LedgerJson();
        ledgerA.GetProperty("surplusDong").GetInt64().ShouldBe(23_428_571);
        ledgerA.GetProperty("owedDong").GetInt64().ShouldBe(200L * 120_000 * 97 / 100 + 23_428_571);
        ledgerA.GetProperty("entries").EnumerateArray().ShouldContain(e => e.GetProperty("kind").GetString() == "SurplusShared");
        var ledgerB = await (await (await app.Producer(Village, b.Phone)).GetAsync($"/api/ledger/members/{b.MemberId}")).LedgerJson();
        ledgerB.GetProperty("surplusDong").GetInt64().ShouldBe(17_571_428);

        var reconciliation = await (await desk.GetAsync($"/api/orders/{given.Id}/reconciliation")).LedgerJson();
        reconciliation.GetProperty("order").GetProperty("surplusSharedDong").GetInt64().ShouldBe(40_999_999);
        reconciliation.GetProperty("order").GetProperty("costsDong").GetInt64().ShouldBe(1_000_001);
        reconciliation.GetProperty("check").GetProperty("balanced").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Kept_by_the_association_nothing_is_shared_and_the_timeline_says_so()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        await LedgerGiven.AcceptedAsync(app, given, given.Households[0], 200);
        await LedgerGiven.PaidAsync(app, given, given.TotalMinor);
        await using (await LedgerGiven.SettingsAsync(app, Village, PayoutTiming.AfterInspection, SurplusPolicy.KeepByAssociation))
        {
            await LedgerGiven.MovedAsync(app, given, OrderState.Closed, from: OrderState.Delivered);
            var line = await LedgerGiven.EventuallyAsync(() => TimelineAsync(given, "ledger:surplus"), t => t is not null, "the surplus line");
            line!.ShouldContain("stays with the association");
        }
        (await LedgerGiven.TransactionsAsync(app, given)).ShouldNotContain(t => t.Kind == LedgerKind.SurplusShared);
    }

    [Fact]
    public async Task A_loss_is_never_charged_to_households()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        await LedgerGiven.AcceptedAsync(app, given, given.Households[0], 200);
        await LedgerGiven.PaidAsync(app, given, given.TotalMinor, receivedDong: 1_000_000);   // a ruinous exchange loss
        await LedgerGiven.MovedAsync(app, given, OrderState.Closed, from: OrderState.Delivered);
        var line = await LedgerGiven.EventuallyAsync(() => TimelineAsync(given, "ledger:surplus"), t => t is not null, "the surplus line");
        line!.ShouldContain("never charged");
        (await LedgerGiven.TransactionsAsync(app, given)).ShouldNotContain(t => t.Kind == LedgerKind.SurplusShared);
    }

    [Fact]
    public async Task A_cancelled_sale_is_reversed_and_refunding_what_was_paid_brings_the_receivable_to_zero()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        await LedgerGiven.PaidAsync(app, given, given.DepositMinor, receivedDong: 25_130_000);   // received off the book rate
        await LedgerGiven.MovedAsync(app, given, OrderState.Cancelled);
        await LedgerGiven.EventuallyAsync(() => LedgerGiven.TransactionsAsync(app, given), ts => ts.Any(t => t.SourceKey == $"cancel:{given.Id}"), "the cancel posting");

        await using (var scope = app.ScopeFor(Village))
        {
            var db = OrdersSite.Db(scope);
            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
            var payment = await db.Payments.SingleAsync(p => p.OrderId == order.Id);
            var refund = db.Request(order, payment, payment.Amount, "order cancelled", clock);
            await db.CompletedAsync(order, refund, PaymentMethod.BankTransfer, "Test desk", clock, CancellationToken.None);
            await db.SaveChangesAsync();
        }
        var rows = (await LedgerGiven.TransactionsAsync(app, given)).SelectMany(t => t.Entries).ToList();
        rows.Where(e => e.Account == LedgerAccount.BuyerReceivable).Sum(e => e.AmountDong).ShouldBe(0);
        rows.Where(e => e.Account == LedgerAccount.SalesReturns).Sum(e => e.AmountDong).ShouldBe(given.TotalMinor * 25_000 / 100);
    }

    [Fact]
    public async Task A_posting_is_reversed_once_by_the_admin_and_a_reversal_never()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var household = given.Households[0];
        await LedgerGiven.AcceptedAsync(app, given, household, 100);
        var desk = await app.ExportDesk(Village);
        var payout = await (await desk.PayAsync(household.MemberId, 3_000_000)).LedgerJson();
        Guid transaction;
        await using (var scope = app.ScopeFor(Village))
            transaction = (await OrdersSite.Db(scope).Payouts.SingleAsync(p => p.Id == new PayoutId(payout.GetProperty("id").GetGuid()))).TransactionId!.Value.Value;

        var admin = await app.Admin(Village);
        (await desk.PostAsJsonAsync($"/api/ledger/transactions/{transaction}/reverse", new { reason = "wrong household" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.PostAsJsonAsync($"/api/ledger/transactions/{transaction}/reverse", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await admin.PostAsJsonAsync($"/api/ledger/transactions/{Guid.NewGuid()}/reverse", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await app.Admin("van-phuc")).PostAsJsonAsync($"/api/ledger/transactions/{transaction}/reverse", new { reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var reversed = await admin.PostAsJsonAsync($"/api/ledger/transactions/{transaction}/reverse", new { reason = "wrong household" });
        reversed.StatusCode.ShouldBe(HttpStatusCode.Created, await reversed.Content.ReadAsStringAsync());
        var mirror = (await reversed.LedgerJson()).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/ledger/transactions/{transaction}/reverse", new { reason = "again" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PostAsJsonAsync($"/api/ledger/transactions/{mirror}/reverse", new { reason = "undo" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var ledger = await (await desk.GetAsync($"/api/ledger/members/{household.MemberId}")).LedgerJson();
        ledger.GetProperty("paidDong").GetInt64().ShouldBe(0);
        ledger.GetProperty("owedDong").GetInt64().ShouldBe(100L * 120_000 * 97 / 100);
        ledger.GetProperty("payouts")[0].GetProperty("reversed").GetBoolean().ShouldBeTrue();
    }

    private async Task<LedgerTransaction> SurplusAsync(GivenOrder given) =>
        (await LedgerGiven.EventuallyAsync(() => LedgerGiven.TransactionsAsync(app, given), ts => ts.Any(t => t.Kind == LedgerKind.SurplusShared), "the surplus posting"))
        .Single(t => t.Kind == LedgerKind.SurplusShared);

    private async Task<string?> TimelineAsync(GivenOrder given, string kind)
    {
        await using var scope = app.ScopeFor(given.Slug);
        return await OrdersSite.Db(scope).Timeline.AsNoTracking().Where(t => t.OrderId == new OrderId(given.Id) && t.Kind == kind).Select(t => t.Text).FirstOrDefaultAsync();
    }
}

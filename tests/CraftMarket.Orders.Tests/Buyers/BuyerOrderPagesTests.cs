using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.Orders.Tests.Buyers.BuyerOrdersGiven;

namespace CraftMarket.Orders.Tests.Buyers;

/// <summary>
/// /account/orders and /account/orders/{id} as a browser without script uses them: cookie sign-in,
/// plain links and forms, in the buyer's language; only the buyer's own orders in this association.
/// Amounts: 2 households × 200 pieces × US$8.40 = US$3,360.00, deposit 30% = US$1,008.00.
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class BuyerOrderPagesTests(OrdersApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task The_owning_buyer_reads_the_list_and_the_order_with_the_deposit_due_and_no_household_in_sight()
    {
        var browser = await app.ClientFor(Village).SignedInWithCookie(TradeBuyers.Homeware);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)));

        var list = await Html(browser, "/en/account/orders");
        list.ShouldContain($"data-order=\"{given.Id}\"");
        list.ShouldContain($"href=\"/en/account/orders/{given.Id}\"");
        list.ShouldContain("href=\"/en/account/orders\"");   // the account menu's "My orders"
        list.ShouldContain("My orders");

        var page = await Html(browser, $"/en/account/orders/{given.Id}");
        page.ShouldContain($"Your order {given.Number}");
        page.ShouldContain("aria-current=\"step\">Awaiting your deposit<");
        page.ShouldMatch(Due("Deposit to pay now", given.DepositMinor));
        page.ShouldContain(Amount(given.TotalMinor));
        page.ShouldContain("Test order line ");
        page.ShouldContain("FOB Hai Phong");
        page.ShouldContain($"href=\"/en/account/orders/{given.Id}/documents/proforma\"");
        page.ShouldNotContain("/documents/invoice");
        page.ShouldNotContain("/documents/packing-list");
        // Households and what they are paid never reach the buyer.
        page.ShouldNotContain("Hộ Thử Đơn");
        page.ShouldNotContain("120,000");
        foreach (var household in given.Households) page.ShouldNotContain(household.Phone);
    }

    [Fact]
    public async Task What_is_due_follows_the_payments_and_the_state()
    {
        var browser = await app.ClientFor(Village).SignedInWithCookie(TradeBuyers.Homeware);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)));
        var url = $"/en/account/orders/{given.Id}";

        await PaidAsync(app, given, 50_000);   // US$500.00 of the US$1,008.00 deposit
        var part = await Html(browser, url);
        part.ShouldMatch(Due("Deposit to pay now", given.DepositMinor - 50_000));
        part.ShouldContain("aria-current=\"step\">Awaiting your deposit<");
        part.ShouldContain("Your payment was received");

        await PaidAsync(app, given, given.DepositMinor - 50_000);
        var deposited = await Html(browser, url);
        deposited.ShouldContain("aria-current=\"step\">Being made<");
        deposited.ShouldNotContain("Deposit to pay now");
        deposited.ShouldMatch($"The balance of [^ ]*{Regex.Escape(Amount(given.TotalMinor - given.DepositMinor))} is due once your goods pass inspection.");
        deposited.ShouldContain("Production of your goods started");

        await MovedAsync(app, given, OrderState.QualityControl, OrderState.AwaitingBalance);
        var balance = await Html(browser, url);
        balance.ShouldContain("aria-current=\"step\">Awaiting your balance<");
        balance.ShouldMatch(Due("Balance to pay now", given.TotalMinor - given.DepositMinor));

        await PaidAsync(app, given, given.TotalMinor - given.DepositMinor, PaymentPurpose.Balance);
        var paid = await Html(browser, url);
        paid.ShouldContain("aria-current=\"step\">Ready for shipment<");
        paid.ShouldContain("Nothing to pay now.");
        paid.ShouldContain($"href=\"/en/account/orders/{given.Id}/documents/invoice\"");
        paid.ShouldContain($"href=\"/en/account/orders/{given.Id}/documents/packing-list\"");
        (await Html(browser, "/en/account/orders")).ShouldContain("Ready for shipment");
    }

    [Fact]
    public async Task Bank_details_show_with_the_order_number_as_reference_and_the_card_button_only_when_cards_are_taken()
    {
        const string village = "dong-ky";
        var account = Marker("0451000");
        await using (var scope = app.ScopeFor(village))
        {
            var db = OrdersSite.Db(scope);
            var settings = await db.Settings.FirstOrDefaultAsync();
            if (settings is null) db.Settings.Add(settings = new OrderSettings(db.Tenant));
            settings.BankName = "Vietcombank";
            settings.BankAccountName = "Dong Ky Fine Woodcraft Association";
            settings.BankAccountNumber = account;
            settings.BankSwift = "BFTVVNVX";
            await db.SaveChangesAsync();
        }
        bool cards;
        await using (var scope = app.ScopeFor(village)) cards = scope.ServiceProvider.GetRequiredService<ICardPayments>().IsAvailable;
        var browser = await app.ClientFor(village).SignedInWithCookie(TradeBuyers.Homeware);
        var given = await OrderGiven.PlacedAsync(app, village, await TradeSite.UserIdOf(await app.Buyer(village)), households: 1);
        var url = $"/en/account/orders/{given.Id}";

        var page = await Html(browser, url);
        page.ShouldContain(account);
        page.ShouldContain("BFTVVNVX");
        page.ShouldContain($"<dd class=\"reference\">{given.Number}</dd>");
        page.ShouldMatch($"<dt>Amount to send</dt><dd>[^<]*{Regex.Escape(Amount(given.DepositMinor))}</dd>");
        page.ShouldContain("The export desk confirms when your transfer arrives");
        page.Contains("handler=Card", StringComparison.Ordinal).ShouldBe(cards);
        Regex.IsMatch(page, $"Pay [^ ]*{Regex.Escape(Amount(given.DepositMinor))} by card").ShouldBe(cards);
        if (!cards)
        {
            // A forged post without cards on offer starts nothing and says so.
            var posted = await browser.PostFormAsync($"{url}?handler=Card", new Dictionary<string, string>(), Forms.Antiforgery(page));
            posted.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()).ShouldContain("This association does not take card payments here.");
        }
    }

    [Fact]
    public async Task Another_buyer_another_association_staff_and_strangers_cannot_open_the_order()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var url = $"/account/orders/{given.Id}";

        var decor = await app.ClientFor(Village).SignedInWithCookie(TradeBuyers.Decor);
        (await decor.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Html(decor, "/account/orders")).ShouldNotContain(given.Number);
        var token = Forms.Antiforgery(await decor.GetStringAsync("/account/orders"));   // the layout's sign-out form
        token.ShouldNotBeNullOrEmpty();
        (await decor.PostFormAsync($"{url}?handler=Card", new Dictionary<string, string>(), token)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var elsewhere = await app.ClientFor("van-phuc").SignedInWithCookie(TradeBuyers.Homeware);
        (await elsewhere.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var staff = await desk.GetAsync(url);
        staff.IsSuccessStatusCode.ShouldBeFalse();
        (await staff.Content.ReadAsStringAsync()).ShouldNotContain(given.Number);

        (await app.ClientFor(Village).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);   // to the sign-in page
    }

    /// <summary>"Deposit to pay now: &lt;strong&gt;$1,008.00&lt;/strong&gt;", whatever the currency's symbol.</summary>
    private static string Due(string label, long minor) => $"{Regex.Escape(label)}: <strong>[^<]*{Regex.Escape(Amount(minor))}</strong>";

    [Fact]
    public async Task A_cancelled_order_says_so_plainly_with_its_reason_asks_for_nothing_and_is_mailed()
    {
        var browser = await app.ClientFor(Village).SignedInWithCookie(TradeBuyers.Homeware);
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var reason = Marker("kiln-fire");
        await using (var scope = app.ScopeFor(Village))
        {
            var db = OrdersSite.Db(scope);
            var order = await db.Orders.SingleAsync(o => o.Id == new Inquiries.Contracts.OrderId(given.Id));
            order.CancelReason = reason;
            db.MoveTo(order, OrderState.Cancelled, "Export desk", reason, TimeProvider.System).IsSuccess.ShouldBeTrue();
            await db.SaveChangesAsync();
        }
        var page = await Html(browser, $"/en/account/orders/{given.Id}");
        page.ShouldContain("Order cancelled");
        page.ShouldContain($"Reason given by the association: {reason}");
        page.ShouldContain("Your order was cancelled");
        page.ShouldNotContain("class=\"order-steps\"");
        page.ShouldNotContain("Deposit to pay now");

        var mail = await DevMail.WaitForAsync(app, TradeBuyers.Homeware, m => m.Subject?.Contains(given.Number, StringComparison.Ordinal) == true);
        mail.Subject.ShouldBe($"Order {given.Number} (Bat Trang Ceramics Association): Order cancelled");
        mail.Body.ShouldContain($"Reason given: {reason}");
    }

    [Fact]
    public async Task The_pages_read_in_french_and_vietnamese()
    {
        var french = await OrderGiven.PlacedAsync(app, "van-phuc", await TradeSite.UserIdOf(await app.Buyer("van-phuc")), households: 1);
        var fr = await app.ClientFor("van-phuc").SignedInWithCookie(TradeBuyers.Homeware);
        var frPage = await Html(fr, $"/fr/account/orders/{french.Id}");
        frPage.ShouldContain($"Votre commande {french.Number}");
        frPage.ShouldContain("En attente de votre acompte");
        frPage.ShouldContain("Acompte à payer maintenant");
        frPage.ShouldContain("Payer par virement bancaire (T/T)");
        frPage.ShouldNotContain("Awaiting your deposit");
        frPage.ShouldNotContain("Deposit to pay now");
        var frList = await Html(fr, "/fr/account/orders");
        frList.ShouldContain("Mes commandes");
        frList.ShouldContain(french.Number);

        var vietnamese = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var vi = await app.ClientFor(Village).SignedInWithCookie(TradeBuyers.Homeware);
        var viPage = await Html(vi, $"/vi/account/orders/{vietnamese.Id}");
        viPage.ShouldContain($"Đơn hàng {vietnamese.Number} của quý khách");
        viPage.ShouldContain("Chờ tiền đặt cọc");
        viPage.ShouldContain("Hóa đơn chiếu lệ (PDF)");
        viPage.ShouldNotContain("Awaiting your deposit");
    }
}

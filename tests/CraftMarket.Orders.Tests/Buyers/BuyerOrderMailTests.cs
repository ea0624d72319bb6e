using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Features.Buyers;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CraftMarket.Orders.Tests.Buyers.BuyerOrdersGiven;

namespace CraftMarket.Orders.Tests.Buyers;

/// <summary>
/// The buyer's e-mails raised from <see cref="OrderChanged"/>: in the order's language, the order
/// number in the subject, a link to the order's page on the village's site, once per event.
/// Every test's order has its own number, so the shared demo buyer's mailbox is filtered by it.
/// </summary>
[Collection(OrdersCollection.Name)]
public sealed class BuyerOrderMailTests(OrdersApp app)
{
    private const string Village = "bat-trang";

    /// <summary>An amount of the order's currency as the mail in <paramref name="language"/> writes it.</summary>
    private static string In(GivenOrder given, long minor, string language) =>
        new Money(minor, Currency.Of(given.Currency)).Format(System.Globalization.CultureInfo.GetCultureInfo(language));

    [Fact]
    public async Task A_state_change_is_mailed_once_to_the_buyer_in_french()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        await LanguageAsync(app, given, "fr");
        await MovedAsync(app, given, OrderState.InProduction);

        var mail = await DevMail.WaitForAsync(app, TradeBuyers.Homeware, m => m.Subject?.Contains(given.Number, StringComparison.Ordinal) == true);
        mail.Subject.ShouldBe($"Commande {given.Number} (Bat Trang Ceramics Association) : En fabrication");
        mail.Body.ShouldContain($"Votre commande {given.Number} en est à l'étape : En fabrication.");
        mail.Body.ShouldContain("Les ateliers du village fabriquent vos marchandises.");
        // Bat Trang's site has no French: the link opens the page in the buyer's negotiated language.
        mail.Body.ShouldContain($"http://bat-trang.localhost/account/orders/{given.Id}");
        mail.Body.ShouldNotContain("Hộ Thử Đơn");
        await app.WaitForOutboxesAsync();
        (await DevMail.AllAsync(app, TradeBuyers.Homeware, m => m.Subject?.Contains(given.Number, StringComparison.Ordinal) == true)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_payment_is_mailed_with_its_amount_and_what_is_still_due()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)));
        await PaidAsync(app, given, 50_000);

        var mail = await DevMail.WaitForAsync(app, TradeBuyers.Homeware,
            m => m.Subject?.Contains($"Payment received for order {given.Number}", StringComparison.Ordinal) == true);
        mail.Body.ShouldContain($"We received your payment of {In(given, 50_000, "en")} for order {given.Number}.");
        mail.Body.ShouldContain($"Paid so far: {In(given, 50_000, "en")} of {In(given, given.TotalMinor, "en")}.");
        mail.Body.ShouldContain($"Deposit to pay now: {In(given, given.DepositMinor - 50_000, "en")}");
        mail.Body.ShouldContain($"http://bat-trang.localhost/en/account/orders/{given.Id}");
    }

    [Fact]
    public async Task A_refund_is_mailed_with_its_amount_and_reason()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        await PaidAsync(app, given, given.DepositMinor + 10_000);   // US$100.00 too much
        var reason = Marker("overpaid");
        await using (var scope = app.ScopeFor(Village))
        {
            var db = OrdersSite.Db(scope);
            var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
            var payment = await db.Payments.SingleAsync(p => p.OrderId == order.Id);
            var refund = db.Request(order, payment, new Money(10_000, order.Currency), reason, TimeProvider.System);
            await db.CompletedAsync(order, refund, PaymentMethod.BankTransfer, "Export desk", TimeProvider.System, CancellationToken.None);
            await db.SaveChangesAsync();
        }
        var mail = await DevMail.WaitForAsync(app, TradeBuyers.Homeware,
            m => m.Subject == $"Refund for order {given.Number} (Bat Trang Ceramics Association)");
        mail.Body.ShouldContain($"A refund of {In(given, 10_000, "en")} was made to you for order {given.Number}.");
        mail.Body.ShouldContain($"Reason given: {reason}");
        mail.Body.ShouldContain($"Paid so far: {In(given, given.DepositMinor, "en")} of {In(given, given.TotalMinor, "en")}.");
    }

    [Fact]
    public async Task A_desk_note_and_a_shipment_are_mailed_in_japanese()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        await LanguageAsync(app, given, "ja");
        var said = Marker("glaze-sample-ready");
        await using (var scope = app.ScopeFor(Village))
        {
            var db = OrdersSite.Db(scope);
            var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
            db.Timeline(order, "note", "Export desk", said, forBuyer: true, TimeProvider.System);
            db.Changed(order, OrderChange.DeskNote, TimeProvider.System);
            await db.SaveChangesAsync();
        }
        var note = await DevMail.WaitForAsync(app, TradeBuyers.Homeware, m => m.Body.Contains(said, StringComparison.Ordinal));
        note.Subject.ShouldBe($"ご注文 {given.Number} に関するメッセージ（Bat Trang Ceramics Association）");
        note.Body.ShouldContain($"> {said}");
        note.Body.ShouldContain($"http://bat-trang.localhost/ja/account/orders/{given.Id}");

        await PaidAsync(app, given, given.DepositMinor);
        await MovedAsync(app, given, OrderState.QualityControl, OrderState.AwaitingBalance);
        var balance = await DevMail.WaitForAsync(app, TradeBuyers.Homeware,
            m => m.Subject == $"ご注文 {given.Number}（Bat Trang Ceramics Association）：残金のお支払い待ち");
        balance.Body.ShouldContain($"今回お支払いいただく残金: {In(given, given.TotalMinor - given.DepositMinor, "ja")}");
        await PaidAsync(app, given, given.TotalMinor - given.DepositMinor, PaymentPurpose.Balance);
        var reference = Marker("MSKU1234567");
        await using (var scope = app.ScopeFor(Village))
        {
            var db = OrdersSite.Db(scope);
            var order = await db.Orders.SingleAsync(o => o.Id == new OrderId(given.Id));
            order.ShipmentReference = reference;
            db.MoveTo(order, OrderState.Shipped, "Export desk", "", TimeProvider.System).IsSuccess.ShouldBeTrue();
            await db.SaveChangesAsync();
        }
        var shipped = await DevMail.WaitForAsync(app, TradeBuyers.Homeware, m => m.Body.Contains(reference, StringComparison.Ordinal));
        shipped.Subject.ShouldBe($"ご注文 {given.Number}（Bat Trang Ceramics Association）：輸送中");
        shipped.Body.ShouldContain($"出荷番号（船荷証券または追跡番号）：{reference}");
    }

    [Fact]
    public async Task One_event_delivered_twice_sends_one_mail_in_vietnamese()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        await LanguageAsync(app, given, "vi");
        var e = new OrderChanged(Guid.CreateVersion7(), app.TenantIdOf(Village), new OrderId(given.Id), OrderChange.Placed, OrderState.AwaitingDeposit,
            new Money(given.TotalMinor, Currency.Of(given.Currency)), Money.Zero(Currency.Of(given.Currency)), Money.Zero(Currency.VND), DateTimeOffset.UtcNow);
        for (var i = 0; i < 2; i++)
        {
            await using var scope = app.ScopeFor(Village);
            var mailer = scope.ServiceProvider.GetServices<IIntegrationEventHandler<OrderChanged>>().OfType<OrderChangedMailer>().Single();
            await mailer.Handle(e, CancellationToken.None);
        }
        var mails = await DevMail.AllAsync(app, TradeBuyers.Homeware, m => m.Subject?.Contains(given.Number, StringComparison.Ordinal) == true);
        mails.Count.ShouldBe(1);
        mails[0].Subject.ShouldBe($"Đơn hàng {given.Number} đã được xác nhận (Hiệp hội Gốm sứ Bát Tràng)");
        mails[0].Body.ShouldContain($"Tiền đặt cọc cần thanh toán: {In(given, given.DepositMinor, "vi")}");
        mails[0].Body.ShouldContain($"http://bat-trang.localhost/vi/account/orders/{given.Id}");
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.Orders.Domain.Ledger;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing.Stripe;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// A joint order after the quote, end to end: the buyer pays the deposit by card on a desktop
/// (Stripe's hosted page is the local stub's, and its signed webhook goes through the real
/// verification), the household reports its lot ready on a 360 px phone, the inspector records a
/// defect on a phone and accepts the lot, the desk records the balance received by bank transfer
/// and pays the household, and the household reads on its phone, in Vietnamese, what it earned,
/// what it was paid and what the buyer paid per piece.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class OrderJourneyTests(LiveSite site)
{
    private const string Village = "bat-trang";
    private const string Buyer = "buyer@decor.example";
    private const string Household = "0912 345 601";   // a demo household with a password sign-in (DEMO_ACCOUNTS.md)
    private const int Pieces = 100;

    [Fact]
    public async Task A_buyer_pays_by_card_the_household_makes_the_inspector_accepts_the_desk_takes_the_balance_and_the_household_is_paid()
    {
        var (orderId, workOrderId, memberId) = await PlaceOrderAsync();

        // The buyer pays the deposit by card, on a desktop, in English.
        var buyer = await site.NewPageAsync(1280, 900);
        await buyer.RouteAsync("https://checkout.stripe.com/**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!doctype html><html lang=en><title>Stripe test checkout (local stub)</title><h1>Test checkout</h1></html>",
        }));
        await site.SignInAsync(buyer, Village, Buyer);
        await buyer.GotoAsync(site.Url(Village, $"/en/account/orders/{orderId}"));
        await buyer.ClickAsync("form.pay-by-card button");
        await buyer.WaitForURLAsync(url => url.StartsWith("https://checkout.stripe.com/", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.Commit });
        var sessionId = new Uri(buyer.Url).AbsolutePath.Split('/')[^1];
        var (session, _) = StripeStub.Shared.PayCheckout(sessionId);   // the buyer pays on Stripe's page
        using var stripe = new HttpClient { BaseAddress = new Uri(site.Url(null)) };
        (await StripeEvents.DeliverAsync(stripe, StripeEvents.Event("checkout.session.completed", session))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await buyer.GotoAsync(session["success_url"]!.GetValue<string>());
        (await buyer.Locator(".card-payment-succeeded").CountAsync()).ShouldBe(1, "the webhook counted the payment before the buyer came back");
        await buyer.ScreenshotAsync(new() { Path = LiveSite.ScreenshotPath("order-card-paid-desktop"), FullPage = true });
        var desk = await site.ApiAsync(Village, $"export@{Village}.craftmarket.local");
        (await StateAsync(desk, orderId)).ShouldBe("InProduction");

        // The household reports its lot ready, on its phone, in Vietnamese.
        var phone = await site.NewPageAsync(360, 740);
        await site.SignInAsync(phone, Village, Household);
        await phone.GotoAsync(site.Url(Village, $"/account/work-orders/{workOrderId}"));
        (await phone.ContentAsync()).ShouldNotContain("Decor Imports");
        await phone.ClickAsync("form[action*='handler=Start'] button");
        await phone.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await phone.ClickAsync("form[action*='handler=Ready'] button");
        await phone.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360, "the work order fits the phone");
        await phone.ScreenshotAsync(new() { Path = LiveSite.ScreenshotPath("work-order-ready-phone"), FullPage = true });
        (await StateAsync(desk, orderId)).ShouldBe("QualityControl");

        // The inspector, on a phone, finds one defect in the sample and accepts the lot.
        var inspector = await site.NewPageAsync(360, 740);
        await site.SignInAsync(inspector, Village, $"inspector@{Village}.craftmarket.local");
        await inspector.GotoAsync(site.Url(Village, $"/admin/inspections/{workOrderId}"));
        await inspector.FillAsync("#sample", (await inspector.GetAttributeAsync("#sample", "min"))!);   // the plan's sample size
        await inspector.FillAsync("#defect-0", "1");
        await inspector.FillAsync("#rejected", "1");
        await inspector.ClickAsync("button[value=Accepted]");
        await inspector.WaitForURLAsync(url => url.Contains($"done={workOrderId}", StringComparison.Ordinal));
        await inspector.ScreenshotAsync(new() { Path = LiveSite.ScreenshotPath("inspection-recorded-phone"), FullPage = true });
        (await StateAsync(desk, orderId)).ShouldBe("AwaitingBalance");

        // The desk records the balance received by bank transfer, on its own page.
        var order = JsonDocument.Parse(await desk.GetStringAsync($"/api/orders/{orderId}")).RootElement;
        var balance = order.GetProperty("balanceDue");
        var office = await site.NewPageAsync(1280, 900);
        await site.SignInAsync(office, Village, $"export@{Village}.craftmarket.local");
        await office.GotoAsync(site.Url(Village, $"/admin/orders/{orderId}/payments"));
        await office.FillAsync("#Receipt_Amount", Major(balance));
        await office.FillAsync("#Receipt_ReceivedOn", DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await office.FillAsync("#Receipt_Reference", "VCB FT26341 " + order.GetProperty("number").GetString());
        await office.ClickAsync("form[action*='handler=Receipt'] button[type=submit]");
        await office.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        (await StateAsync(desk, orderId)).ShouldBe("ReadyToShip");

        // The desk pays the household what it is owed, and the household reads it on its phone.
        var ledger = JsonDocument.Parse(await desk.GetStringAsync($"/api/ledger/members/{memberId}")).RootElement;
        var owed = ledger.GetProperty("owedDong").GetInt64();
        owed.ShouldBeGreaterThan(0);
        var paid = await desk.PostAsJsonAsync($"/api/ledger/members/{memberId}/payouts",
            new { amountDong = owed, method = "MobileWallet", reference = "MOMO 8812 " + workOrderId.ToString()[..4] });
        paid.StatusCode.ShouldBe(HttpStatusCode.Created, await paid.Content.ReadAsStringAsync());
        await phone.GotoAsync(site.Url(Village, "/account/earnings"));
        var earnings = await phone.ContentAsync();
        (await phone.GetAttributeAsync("html", "lang")).ShouldBe("vi");
        earnings.ShouldContain(owed.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), customMessage: "the payout shows in đồng");
        earnings.ShouldContain("US$8.40", customMessage: "the household sees what the buyer paid per piece");
        earnings.ShouldNotContain("Decor Imports");
        await phone.ScreenshotAsync(new() { Path = LiveSite.ScreenshotPath("earnings-phone"), FullPage = true });
    }

    private static string Major(JsonElement money) =>
        (money.GetProperty("minorUnits").GetInt64() / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static async Task<string> StateAsync(HttpClient desk, Guid orderId) =>
        JsonDocument.Parse(await desk.GetStringAsync($"/api/orders/{orderId}")).RootElement.GetProperty("state").GetString()!;

    /// <summary>An order of the demo buyer for one lot of the demo household, opened as the QuoteAccepted consumer opens it.</summary>
    private async Task<(Guid Order, Guid WorkOrder, Guid Member)> PlaceOrderAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var tenant = site.Services.GetRequiredService<ITenantDirectory>().FindBySlug(Village)!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, Village);
        var members = await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().ListAsync(default);
        var member = members.Single(m => m.PhoneE164 == "+84" + Household.Replace(" ", "", StringComparison.Ordinal)[1..]).Id;
        PublishedProduct? product = null;
        await foreach (var p in scope.ServiceProvider.GetRequiredService<ICatalogue>().PublishedAsync(default))
            if (p.Makers.Contains(member)) { product = p; break; }
        product.ShouldNotBeNull("a published product of the demo household");
        var buyer = await scope.ServiceProvider.GetRequiredService<Identity.Contracts.IBuyerAccounts>().FindByEmailAsync(Buyer, default);

        var now = DateTimeOffset.UtcNow;
        var today = VietnamDate.Today(now);
        var unit = new Money(840, Currency.USD);
        var line = new AcceptedLine(InquiryLineId.New(), product.Id, null, "Crackle-glaze vase", Pieces, unit, unit * Pieces, "6913.10",
            [new AcceptedShare(ShareId.New(), member, Pieces, Money.Of(120_000, Currency.VND), today.AddDays(40))]);
        var total = unit * Pieces;
        var accepted = new QuoteAccepted(Guid.CreateVersion7(), tenant.Id, OrderId.New(), InquiryId.New(), "BT-RFQ-2026-7" + Random.Shared.Next(100, 999),
            QuoteId.New(), 1, new AcceptingBuyer(buyer!.UserId, buyer.Name, buyer.Email, buyer.Company), new QuoteSeller(SellerKind.Association, "", null),
            [line], total, new ExchangeRate(Currency.USD, Currency.VND, 25_000m, today).Convert(total), 25_000m, today, Incoterm.FOB, null, "US",
            today.AddDays(70), 3000, "Balance by T/T before shipment", "en", now);
        var db = scope.ServiceProvider.GetRequiredService<OrdersDb>();
        var (order, work) = OrderOpening.Open(accepted, new Dictionary<Guid, int>(), now);
        db.Orders.Add(order);
        db.WorkOrders.AddRange(work);
        await db.PostAsync(Postings.OrderPlaced(order, today, now), default);
        await db.SaveChangesAsync();
        return (order.Id.Value, work[0].Id.Value, member.Value);
    }
}

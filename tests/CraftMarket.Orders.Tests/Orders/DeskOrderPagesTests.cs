using System.Net;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Orders.Tests.Orders.OrdersPartGiven;

namespace CraftMarket.Orders.Tests.Orders;

/// <summary>The desk's order pages, in Vietnamese, with plain forms posted as a browser posts them.</summary>
[Collection(OrdersCollection.Name)]
public sealed class DeskOrderPagesTests(OrdersApp app)
{
    [Fact]
    public async Task The_list_shows_the_order_under_its_state_with_what_is_due_and_links_to_it()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var page = await desk.GetStringAsync($"/admin/orders?q={given.Number}");
        page.ShouldContain($"href=\"/admin/orders/{given.Id}\"");
        page.ShouldContain("Đơn hàng xuất khẩu");
        page.ShouldContain("Chờ đặt cọc");
        page.ShouldContain("data-tab=\"open\"");
        page.ShouldNotContain("<script>");
        var css = System.Text.RegularExpressions.Regex.Match(page, "\"(/_content/CraftMarket\\.Orders/orders-desk[^\"]*\\.css[^\"]*)\"");
        css.Success.ShouldBeTrue("the desk's stylesheet is linked");
        (await desk.GetAsync(css.Groups[1].Value)).StatusCode.ShouldBe(HttpStatusCode.OK, css.Groups[1].Value);
        (await desk.GetStringAsync($"/admin/orders?state=Shipped&q={given.Number}")).ShouldNotContain($"data-order=\"{given.Id}\"");
        var home = await desk.GetStringAsync("/");
        home.ShouldMatch("href=\"/admin/orders\"[^>]*>Đơn hàng</a>");
    }

    [Fact]
    public async Task On_the_order_page_the_desk_notes_starts_production_and_a_stale_cancel_is_refused()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var desk = await app.ClientFor(Village).SignedInWithCookie($"export@{Village}.craftmarket.local");
        var url = $"/admin/orders/{given.Id}";
        var page = await desk.GetStringAsync(url);
        page.ShouldContain(given.Number);
        page.ShouldContain("Test order line");
        page.ShouldContain($"href=\"/admin/orders/{given.Id}/payments\"");
        page.ShouldContain($"href=\"/admin/orders/{given.Id}/work-orders\"");
        page.ShouldContain($"href=\"/admin/orders/{given.Id}/documents/proforma\"");
        page.ShouldContain("data-move=\"start-production\"");
        page.ShouldContain("data-move=\"cancel\"");
        page.ShouldNotContain("data-move=\"ship\"");

        var noted = await desk.PostFormAsync($"{url}?handler=Note", new Dictionary<string, string> { ["text"] = "Called the buyer about labels", ["isInternal"] = "true" },
            Forms.Antiforgery(page));
        noted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await noted.Content.ReadAsStringAsync());
        page = await desk.GetStringAsync(url);
        page.ShouldContain("Called the buyer about labels");
        page.ShouldContain("class=\"desk-only\" data-kind=\"desk-note\"");

        var revision = (await OrderGiven.ReadAsync(app, given)).Revision;
        var started = await desk.PostFormAsync($"{url}?handler=StartProduction",
            new Dictionary<string, string> { ["reason"] = "Long-standing buyer", ["revision"] = $"{revision}" }, Forms.Antiforgery(page));
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await OrderGiven.ReadAsync(app, given)).State.ShouldBe(OrderState.InProduction);

        // The form shown before production started still carries the old revision: refused on the page, nothing cancelled.
        var stale = await desk.PostFormAsync($"{url}?handler=Cancel", new Dictionary<string, string> { ["reason"] = "Buyer withdrew", ["revision"] = $"{revision}" },
            Forms.Antiforgery(page));
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Có người khác đã thay đổi đơn hàng này");
        (await OrderGiven.ReadAsync(app, given)).State.ShouldBe(OrderState.InProduction);

        page = await desk.GetStringAsync(url);
        page.ShouldContain("Đang sản xuất");
        page.ShouldNotContain("data-move=\"start-production\"");
    }

    [Fact]
    public async Task Another_villages_order_page_is_not_found_and_an_inspector_is_refused()
    {
        var given = await OrderGiven.PlacedAsync(app, Village, await TradeSite.UserIdOf(await app.Buyer(Village)), households: 1);
        var vanPhuc = await app.ClientFor("van-phuc").SignedInWithCookie("export@van-phuc.craftmarket.local");
        (await vanPhuc.GetAsync($"/admin/orders/{given.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var inspector = await app.ClientFor(Village).SignedInWithCookie($"inspector@{Village}.craftmarket.local");
        (await inspector.GetAsync("/admin/orders")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await inspector.GetAsync($"/admin/orders/{given.Id}")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }
}

using System.Net;
using System.Net.Http.Json;
using CraftMarket.Testing;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>
/// Storefront pages are kept rendered for anonymous buyers (ADR 17). A cached answer carries an
/// <c>Age</c> header, which is how these tests tell a kept page from a fresh one. What matters is
/// what must never happen: a page that outlives a change saved on this node, a page in another
/// language or currency than asked, or a signed-in person's page reaching anyone else.
/// </summary>
public sealed partial class PageCacheTests(StorefrontApp app) : IClassFixture<StorefrontApp>, IAsyncLifetime
{
    /// <summary>
    /// Consumers of earlier events (the demo seeding's among them) write village rows too, and each
    /// such write drops the village's pages, as it should: on a busy machine that tail can land
    /// between two requests of a test. Each test starts once it has been delivered.
    /// </summary>
    public Task InitializeAsync() => app.WaitForOutboxesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static bool Cached(HttpResponseMessage response) => response.Headers.Age is not null;

    private async Task<HttpResponseMessage> Get(string slug, string path, Action<HttpRequestMessage>? tweak = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        tweak?.Invoke(request);
        var response = await app.ClientFor(slug).SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return response;
    }

    [Fact]
    public async Task A_listing_asked_twice_is_served_from_the_cache_the_second_time()
    {
        const string path = "/en/products?sort=price-desc";
        Cached(await Get("bat-trang", path)).ShouldBeFalse("rendered the first time");
        var again = await Get("bat-trang", path);
        Cached(again).ShouldBeTrue("kept for the next buyer");
        (await again.Content.ReadAsStringAsync()).ShouldContain("</html>");
        Cached(await Get("bat-trang", path + "&p=2")).ShouldBeFalse("another query is another page");
    }

    [Fact]
    public async Task Names_the_page_does_not_read_share_one_entry_and_never_reach_the_page()
    {
        const string path = "/fr/products?moq=7&sort=price-desc";
        Cached(await Get("van-phuc", path + "&utm_source=mail1")).ShouldBeFalse("rendered the first time");
        var churn = await Get("van-phuc", path + "&utm_source=mail2&bust=" + Guid.NewGuid().ToString("N"));
        Cached(churn).ShouldBeTrue("names no storefront page reads are not part of the key");
        var html = await churn.Content.ReadAsStringAsync();
        html.ShouldNotContain("utm_source", customMessage: "switchers, canonical and filter links keep only the names the page reads");
        html.ShouldNotContain("bust=");
        Cached(await Get("van-phuc", "/fr/products?sort=price-desc&moq=7")).ShouldBeTrue("the same known values in another order are the same page");
        Cached(await Get("van-phuc", path + "&p=2")).ShouldBeFalse("a known name is part of the key");
        var searched = await Get("van-phuc", path + "&q=lua");
        Cached(searched).ShouldBeTrue("the listing does not read q (ADR 23): the search page does");
        (await searched.Content.ReadAsStringAsync()).ShouldNotContain("value=\"lua\"", customMessage: "so the kept page's search box must not show it");
    }

    [Fact]
    public async Task A_product_saved_on_this_node_reaches_the_cached_listing_at_once_and_other_villages_keep_theirs()
    {
        var category = await app.CategoryAsync("bat-trang", "Bình cache", "Cache vases");
        var listing = $"/en/products?category={category}";
        await Get("bat-trang", listing);
        await Get("van-phuc", "/en/products");
        Cached(await Get("bat-trang", listing)).ShouldBeTrue();

        await app.ProductAsync("bat-trang", "Cache-busting vase", category);

        var after = await Get("bat-trang", listing);
        Cached(after).ShouldBeFalse("the saved product dropped the village's pages");
        (await after.Content.ReadAsStringAsync()).ShouldContain("Cache-busting vase");
        Cached(await Get("van-phuc", "/en/products")).ShouldBeTrue("another village's pages are not touched");
    }

    [Fact]
    public async Task The_negotiated_language_and_the_currency_cookie_are_part_of_the_key()
    {
        // The same URL without a language prefix: the language comes from Accept-Language.
        await Get("dong-ky", "/products", r => r.Headers.AcceptLanguage.ParseAdd("vi"));
        var english = await Get("dong-ky", "/products", r => r.Headers.AcceptLanguage.ParseAdd("en"));
        english.Content.Headers.ContentLanguage.ShouldContain("en");
        var vietnamese = await Get("dong-ky", "/products", r => r.Headers.AcceptLanguage.ParseAdd("vi"));
        Cached(vietnamese).ShouldBeTrue();
        vietnamese.Content.Headers.ContentLanguage.ShouldContain("vi");

        // The same URL and language, prices in two currencies chosen earlier (cookie).
        await Get("dong-ky", "/en/products", r => r.Headers.Add("Cookie", "cm-currency=EUR"));
        var usd = await Get("dong-ky", "/en/products", r => r.Headers.Add("Cookie", "cm-currency=USD"));
        (await usd.Content.ReadAsStringAsync()).ShouldContain("US$");
        var eur = await Get("dong-ky", "/en/products", r => r.Headers.Add("Cookie", "cm-currency=EUR"));
        Cached(eur).ShouldBeTrue();
        var eurHtml = await eur.Content.ReadAsStringAsync();
        eurHtml.ShouldContain("€");
        eurHtml.ShouldNotContain("US$");
    }

    [Fact]
    public async Task A_kept_page_repeats_only_the_language_and_currency_cookies_its_url_chose()
    {
        const string path = "/fr/about?currency=JPY";
        await Get("van-phuc", path);
        var next = await Get("van-phuc", path);
        Cached(next).ShouldBeTrue();
        next.Headers.GetValues("Set-Cookie").Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]).Order()
            .ShouldBe(["cm-currency=JPY", "cm-lang=fr"]);
    }

    [Fact]
    public async Task Signed_in_people_neither_get_nor_leave_a_cached_page()
    {
        const string path = "/en/products?sort=newest";
        var admin = await app.ClientFor("bat-trang").SignedInWithCookie(Auth.AssociationAdmin("bat-trang"));
        var signedIn = await admin.GetAsync(path);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The admin's own menu: a sign-out form (kept pages only have a hidden link to the sign-out page, ADR 0050).
        const string signOutForm = "action=\"/en/account/logout\"";
        (await signedIn.Content.ReadAsStringAsync()).ShouldContain(signOutForm);
        var anonymous = await Get("bat-trang", path);
        Cached(anonymous).ShouldBeFalse("the admin's page was not stored");
        (await anonymous.Content.ReadAsStringAsync()).ShouldNotContain(signOutForm);

        Cached(await Get("bat-trang", path)).ShouldBeTrue("the anonymous page was");
        var adminAgain = await admin.GetAsync(path);
        Cached(adminAgain).ShouldBeFalse("staff always get a fresh page");
        (await adminAgain.Content.ReadAsStringAsync()).ShouldContain(signOutForm);
    }

    [Fact]
    public async Task A_brand_change_drops_the_cached_pages_at_once()
    {
        await Get("dong-ky", "/en/about");
        Cached(await Get("dong-ky", "/en/about")).ShouldBeTrue();
        var admin = await app.ClientFor("dong-ky").SignedInAs(Auth.AssociationAdmin("dong-ky"));
        var brand = await (await admin.GetAsync("/api/association/brand")).Content.ReadFromJsonAsync<Dictionary<string, object?>>();
        brand!["primaryColor"] = "#2f4f4f";
        (await admin.PutAsJsonAsync("/api/association/brand", brand)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await Get("dong-ky", "/en/about");
        Cached(after).ShouldBeFalse();
        (await after.Content.ReadAsStringAsync()).ShouldContain("--brand-primary:#2f4f4f");
    }
}

using System.Net;
using System.Text.RegularExpressions;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using CraftMarket.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests.PageCache;

/// <summary>
/// The headers a cache in front of the site reads (ADR 0078), for each kind of answer: a storefront page
/// whose address says its language and currency is <c>public, max-age=0, s-maxage=30,
/// stale-while-revalidate=30</c> with <c>Vary: Accept-Encoding</c> only and its village's purge tag; one
/// that depends on the reader's cookie or Accept-Language is <c>private, no-cache</c>; everything
/// personal (signed-in staff and producers, account, desk and household pages, forms, /api, errors)
/// is <c>private, no-store</c>. Before, pages went out with <c>Vary: Cookie</c> and no Cache-Control.
/// Runs on the security suite's shared site.
/// </summary>
[Collection(SecuritySuite.Name)]
public sealed partial class SharedCacheHeadersTests(SecuritySite site)
{
    private const string Shared = "public, max-age=0, s-maxage=30, stale-while-revalidate=30";
    private const string Readers = "private, no-cache";
    private const string Personal = "private, no-store";

    private string VillageTag(string slug) =>
        "storefront:" + site.Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)!.Id.Value.ToString("N");

    /// <summary>The directives in the order written here (HttpClient's view reorders them: "no-store, private").</summary>
    private static string CacheControl(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Cache-Control", out var values) ? Normal(string.Join(",", values)) : "";

    private static string Normal(string cacheControl)
    {
        var directives = cacheControl.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string[] order = ["public", "private", "max-age", "s-maxage", "stale-while-revalidate", "no-cache", "no-store"];
        return string.Join(", ", directives.OrderBy(d => Array.FindIndex(order, o => d.StartsWith(o, StringComparison.Ordinal)) is var i and >= 0 ? i : order.Length));
    }

    private static string Vary(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Vary", out var values) ? string.Join(", ", values) : "";

    private static async Task<HttpResponseMessage> Get(HttpClient client, string path, HttpStatusCode status = HttpStatusCode.OK, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(status, path);
        return response;
    }

    private void ShouldBeShared(HttpResponseMessage response, string tag, string because)
    {
        CacheControl(response).ShouldBe(Shared, because);
        Vary(response).ShouldBe("Accept-Encoding", because);
        response.Headers.GetValues("Cache-Tag").Single().ShouldBe($"storefront,{tag}", because);
        response.Headers.GetValues("Surrogate-Key").Single().ShouldBe($"storefront {tag}", because);
        // Only the preferences the address itself gives (cm-lang=ja on /ja/...): replaying them says what the site would.
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])
            .ShouldAllBe(c => c.StartsWith("cm-lang=", StringComparison.Ordinal) || c.StartsWith("cm-currency=", StringComparison.Ordinal), because);
    }

    private static void ShouldBePersonal(HttpResponseMessage response, string because)
    {
        CacheControl(response).ShouldBe(Personal, because);
        response.Headers.Contains("Cache-Tag").ShouldBeFalse(because);
    }

    [Fact]
    public async Task Storefront_pages_whose_address_says_language_and_currency_are_public_for_shared_caches()
    {
        // A client without cookies each time: a browser that kept cm-lang from the first answer still gets the same.
        var village = VillageTag(SecuritySite.Village);
        foreach (var path in new[] { "/vi/", "/en/products", "/en/products?sort=name&p=1", "/ja/about", "/en/members", "/en/products?currency=EUR" })
        {
            var first = await Get(site.ClientFor(SecuritySite.Village), path);
            var again = await Get(site.ClientFor(SecuritySite.Village), path);
            ShouldBeShared(again, village, path);
            CacheControl(first).ShouldBe(Shared, path + " (rendered or kept, the same headers)");
        }
        ShouldBeShared(await Get(site.ClientFor(null), "/en/"), "storefront:platform", "the landing page");
        ShouldBeShared(await Get(site.ClientFor(SecuritySite.Village), "/sitemap.xml"), village, "the sitemap depends on nothing of the reader");
    }

    [Fact]
    public async Task A_product_page_is_public_too()
    {
        var listing = await (await Get(site.ClientFor(SecuritySite.Village), "/en/products")).Content.ReadAsStringAsync();
        var product = ProductLink().Matches(listing).Select(m => m.Groups[1].Value).First();
        ShouldBeShared(await Get(site.ClientFor(SecuritySite.Village), product), VillageTag(SecuritySite.Village), product);
    }

    [Fact]
    public async Task A_page_the_readers_cookie_or_accept_language_decides_is_private_to_their_browser()
    {
        // Unprefixed: the language is negotiated, so only the reader's browser may keep it.
        var negotiated = await Get(site.ClientFor(SecuritySite.Village), "/products");
        CacheControl(negotiated).ShouldBe(Readers);
        Vary(negotiated).ShouldBe("Accept-Encoding, Accept-Language, Cookie");

        // A currency chosen earlier (cookie) that the address does not name: not the page a cookieless reader gets there.
        var chosen = await Get(site.ClientFor(SecuritySite.Village), "/en/products", cookie: "cm-currency=EUR");
        CacheControl(chosen).ShouldBe(Readers);
        Vary(chosen).ShouldBe("Accept-Encoding, Cookie");
        (await chosen.Content.ReadAsStringAsync()).ShouldContain("€");

        // The same cookie naming what the address gives anyway changes nothing: shared.
        ShouldBeShared(await Get(site.ClientFor(SecuritySite.Village), "/en/products", cookie: "cm-currency=USD"), VillageTag(SecuritySite.Village), "USD is what /en/ gives");
        ShouldBeShared(await Get(site.ClientFor(SecuritySite.Village), "/en/products?currency=EUR", cookie: "cm-currency=EUR"), VillageTag(SecuritySite.Village), "the address names it");
    }

    /// <summary>"private" is for caches in front: the node's own output cache still keeps the page per language and currency.</summary>
    [Fact]
    public async Task A_page_private_to_the_readers_browser_is_still_kept_by_the_node()
    {
        foreach (var (path, cookie) in new[] { ("/products", (string?)null), ("/en/products", "cm-currency=EUR") })
        {
            await Get(site.ClientFor(SecuritySite.Village), path, cookie: cookie);
            var again = await Get(site.ClientFor(SecuritySite.Village), path, cookie: cookie);
            CacheControl(again).ShouldBe("private, no-cache", path);
            again.Headers.Age.ShouldNotBeNull($"{path} was rendered again instead of served from the node's cache");
        }
    }

    [Fact]
    public async Task A_signed_in_buyer_gets_the_shared_page_and_its_headers()
    {
        var buyer = await site.ClientFor(SecuritySite.Village).SignedInWithCookie("buyer@decor.example");
        ShouldBeShared(await Get(buyer, "/en/products?sort=price"), VillageTag(SecuritySite.Village), "the buyer's page is the anonymous one (ADR 0050)");
        ShouldBePersonal(await Get(buyer, "/en/account/me"), "the buyer's own account page");
        ShouldBePersonal(await Get(buyer, "/personal"), "the personal parts");
    }

    [Fact]
    public async Task Producers_staff_account_desk_and_household_pages_are_private_and_never_stored()
    {
        var producer = await site.ClientFor(SecuritySite.Village).SignedInWithCookie(SecuritySite.BatTrangProducer);
        ShouldBePersonal(await Get(producer, "/en/products"), "a producer sees what they just changed");
        ShouldBePersonal(await Get(producer, "/vi/account/offers"), "a household's page");
        ShouldBePersonal(await Get(producer, "/vi/account/me"), "an account page");

        var staff = await site.ClientFor(SecuritySite.Village).SignedInWithCookie(Auth.AssociationAdmin(SecuritySite.Village));
        ShouldBePersonal(await Get(staff, "/en/"), "staff get fresh pages");
        ShouldBePersonal(await Get(staff, "/en/admin/quality/labels"), "a desk page");

        var desk = await site.ClientFor(SecuritySite.Village).SignedInWithCookie($"export@{SecuritySite.Village}.craftmarket.local");
        ShouldBePersonal(await Get(desk, "/en/products"), "the export desk");
    }

    [Fact]
    public async Task Forms_search_errors_and_the_api_are_private_and_never_stored()
    {
        var anonymous = site.ClientFor(SecuritySite.Village);
        var login = await Get(anonymous, "/en/account/login");
        ShouldBePersonal(login, "a form with an antiforgery token");
        (await login.Content.ReadAsStringAsync()).ShouldContain("__RequestVerificationToken");

        ShouldBePersonal(await Get(anonymous, "/en/search?q=vase"), "search is not a kept page: any query, its own answer");
        ShouldBePersonal(await Get(anonymous, $"/en/products/{Guid.NewGuid()}", HttpStatusCode.NotFound), "a 404 must not outlive a publish");
        ShouldBePersonal(await Get(anonymous, "/api/search?q=vase"), "the API");
    }

    [Fact]
    public async Task Answers_that_chose_their_own_caching_keep_it()
    {
        var icon = await Get(site.ClientFor(SecuritySite.Village), "/favicon.ico");
        CacheControl(icon).ShouldBe("public, max-age=604800");
    }

    [Fact]
    public async Task Every_page_an_association_admin_reads_says_private_no_store()
    {
        var pages = await SiteMap.PagesAsync(site.Services);
        var paths = pages.Select(p => SiteMap.Fill(p.Route, name => name == "code" ? "404" : null))
            .Where(p => !p.Contains("/x", StringComparison.Ordinal)).Distinct().ToList();
        var problems = new List<string>();
        // The association admin reaches the most pages (the producer's are checked one by one above); one caller keeps CI time down.
        foreach (var login in new[] { Auth.AssociationAdmin(SecuritySite.Village) })
        {
            var client = await site.ClientFor(SecuritySite.Village).SignedInWithCookie(login);
            foreach (var path in paths)
            {
                using var response = await client.GetAsync(path);
                if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                var cacheControl = CacheControl(response);
                if (cacheControl != Personal) problems.Add($"{login} GET {path} ({(int)response.StatusCode}): Cache-Control '{cacheControl}'");
            }
        }
        problems.ShouldBeEmpty();
    }

    [GeneratedRegex("href=\"(/en/products/[0-9a-f-]{36}[^\"]*)\"")]
    private static partial Regex ProductLink();
}

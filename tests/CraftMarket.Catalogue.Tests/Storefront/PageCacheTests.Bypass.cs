using System.Net.Http.Headers;
using CraftMarket.Testing;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>The cache cannot be bypassed or churned on purpose (issue 12): each answer after the first comes from the one kept entry.</summary>
public sealed partial class PageCacheTests
{
    [Fact]
    public async Task Junk_credentials_get_the_kept_page_and_only_a_real_token_skips_it()
    {
        const string path = "/en/products?sort=price-asc&moq=9";
        await Get("dong-ky", path);
        Cached(await Get("dong-ky", path, r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "junk"))).ShouldBeTrue("junk is anonymous");
        Cached(await Get("dong-ky", path, r => r.Headers.TryAddWithoutValidation("Authorization", "x"))).ShouldBeTrue();
        var token = (await app.ClientFor("dong-ky").SignedInAs(Auth.AssociationAdmin("dong-ky"))).DefaultRequestHeaders.Authorization;
        Cached(await Get("dong-ky", path, r => r.Headers.Authorization = token)).ShouldBeFalse("a token that authenticates is a signed-in visitor");
    }

    [Fact]
    public async Task Spellings_repeats_and_values_that_do_not_bind_share_the_entry_of_what_the_page_reads()
    {
        const string path = "/en/products?sort=price-desc&p=1";
        await Get("bat-trang", path);
        foreach (var variant in new[] { "/en/products?sort=price-desc&p=01", "/en/products?p=%2B1&sort=price-desc&sort=newest", "/en/products?sort=price-desc&p=1&moq=abc",
                     "/en/products?sort=price-desc&p=1&category=not-an-id", "/en/products?sort=price-desc&p=1&currency=junk", "/en/products?sort=price-desc&p=1&material=" })
            Cached(await Get("bat-trang", variant)).ShouldBeTrue(variant);

        await Get("bat-trang", path + "&currency=EUR");
        var lower = await Get("bat-trang", path + "&currency=eur");
        Cached(lower).ShouldBeTrue("currency codes in any case are one entry");
        (await lower.Content.ReadAsStringAsync()).ShouldNotContain("currency=eur", Case.Sensitive, "links carry the code as the key has it");
    }

    [Fact]
    public async Task The_sitemap_is_rendered_once_whatever_the_visitor_sends()
    {
        await Get("van-phuc", "/sitemap.xml");
        foreach (var tweak in new Action<HttpRequestMessage>[]
                 {
                     r => r.Headers.AcceptLanguage.ParseAdd("fr"),
                     r => r.Headers.Add("Cookie", "cm-currency=EUR"),
                     r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "junk"),
                 })
            Cached(await Get("van-phuc", "/sitemap.xml", tweak)).ShouldBeTrue();
        Cached(await Get("van-phuc", "/sitemap.xml?currency=EUR&utm_source=x")).ShouldBeTrue("the catalogue is not walked again");
    }
}

using System.Net;
using CraftMarket.Testing;

namespace CraftMarket.Web.Tests;

/// <summary>Buyers pick a display currency among the association's (link, cookie, ?currency=); VND stays the price that counts.</summary>
public sealed class CurrencyTests(LanguageInUrlTests.App app) : IClassFixture<LanguageInUrlTests.App>
{
    [Fact]
    public async Task A_chosen_currency_is_remembered_and_an_unknown_one_is_ignored()
    {
        var browser = app.ClientFor("van-phuc");
        var chosen = await browser.GetAsync("/vi/about?currency=EUR");
        chosen.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("cm-currency=EUR", StringComparison.Ordinal));
        (await chosen.Content.ReadAsStringAsync()).ShouldContain(">EUR</a>", Case.Sensitive);
        Current(await browser.GetStringAsync("/vi/about")).ShouldBe("EUR", "the cookie keeps the choice");
        Current(await browser.GetStringAsync("/vi/about?currency=XYZ")).ShouldBe("EUR", "a currency the association does not offer is ignored");
        Current(await browser.GetStringAsync("/vi/about?currency=vnd")).ShouldBe("VND");
    }

    [Theory]
    [InlineData("vi", "VND")]
    [InlineData("en", "USD")]
    [InlineData("ja", "JPY")]
    public async Task Without_a_choice_the_currency_follows_the_language(string language, string expected) =>
        Current(await app.ClientFor("bat-trang").GetStringAsync($"/{language}/about")).ShouldBe(expected);

    [Fact]
    public async Task The_switcher_keeps_the_page_and_the_canonical_url_ignores_the_currency()
    {
        var html = await app.ClientFor("bat-trang").GetStringAsync("/en/products?sort=name&currency=JPY");
        html.ShouldContain("href=\"/en/products?sort=name&amp;currency=USD\" rel=\"nofollow\"");
        html.ShouldContain("<link rel=\"canonical\" href=\"http://bat-trang.localhost/en/products?sort=name\">");
    }

    private static string Current(string html)
    {
        var switcher = html[html.IndexOf("currency-switcher", StringComparison.Ordinal)..];
        var at = switcher.IndexOf("aria-current=\"true\">", StringComparison.Ordinal) + "aria-current=\"true\">".Length;
        return switcher[at..switcher.IndexOf('<', at)];
    }
}

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>The listing's filters and paging work as plain links and a GET form: no script involved.</summary>
public sealed partial class ListingTests(StorefrontApp app) : IClassFixture<StorefrontApp>
{
    private const string Slug = "dong-ky";

    // One catalogue for the class's tests (they share the fixture and run one after another).
    private static Task<(string Tables, string Chairs)>? seeded;

    private Task<(string Tables, string Chairs)> SeedAsync() => seeded ??= SeedOnceAsync();

    private async Task<(string Tables, string Chairs)> SeedOnceAsync()
    {
        var tables = (await app.CategoryAsync(Slug, "Bàn thử nghiệm", "Trial tables")).ToString();
        var chairs = (await app.CategoryAsync(Slug, "Ghế thử nghiệm", "Trial chairs")).ToString();
        for (var i = 1; i <= 14; i++)
            await app.ProductAsync(Slug, $"Trial table {i}", new(Guid.Parse(tables)), priceVnd: 1_000_000 + i * 100_000, moq: i <= 4 ? 10 : 100,
                materialVi: i % 2 == 0 ? "Gỗ gụ" : "Gỗ hương", materialEn: i % 2 == 0 ? "Mahogany" : "Rosewood");
        await app.ProductAsync(Slug, "Trial chair cheap", new(Guid.Parse(chairs)), priceVnd: 80_000, moq: 10);
        return (tables, chairs);
    }

    private async Task<string> Page(string path) =>
        WebUtility.HtmlDecode(await StorefrontApp.Html(await app.Browser(Slug).GetAsync(path)));

    [Fact]
    public async Task Category_material_price_and_moq_filters_narrow_the_listing()
    {
        var (tables, chairs) = await SeedAsync();

        var inTables = await Page($"/en/products?category={tables}");
        inTables.ShouldContain("of 14 products");
        inTables.ShouldNotContain("Trial chair cheap");
        (await Page($"/en/products?category={tables}&material=Gỗ gụ")).ShouldContain("of 7 products");
        (await Page($"/en/products?category={tables}&moq=50")).ShouldContain("of 4 products");
        var cheap = await Page($"/en/products?category={chairs}&price=under-100k");
        cheap.ShouldContain("Trial chair cheap");
        (await Page($"/en/products?category={tables}&price=under-100k")).ShouldContain("No products match these filters.");
        // The form is a GET form whose fields are the query's names, so it works without script.
        inTables.ShouldContain($"<option value=\"{tables}\" selected=\"selected\">");
        foreach (var field in new[] { "category", "material", "price", "moq", "sort" })
            inTables.ShouldContain($"name=\"{field}\"");
    }

    [Fact]
    public async Task Paging_links_keep_the_filters_and_reach_every_product()
    {
        var (tables, _) = await SeedAsync();
        var seen = new HashSet<string>();
        var next = $"/en/products?category={tables}&sort=price-asc";
        var pages = 0;
        while (next is not null && pages++ < 5)
        {
            var html = await Page(next);
            foreach (Match m in TableName().Matches(html)) seen.Add(m.Value);
            next = NextLink().Match(html) is { Success: true } link ? link.Groups[1].Value : null;
            if (next is not null) next.ShouldContain($"category={tables}");
        }
        pages.ShouldBe(2, "14 products at 12 a page");
        seen.Count.ShouldBe(14);
    }

    [Fact]
    public async Task The_listing_carries_an_item_list_of_its_products()
    {
        var (tables, _) = await SeedAsync();
        var html = await StorefrontApp.Html(await app.Browser(Slug).GetAsync($"/en/products?category={tables}&sort=price-asc"));
        var list = ProductPageTests.JsonLdBlock().Matches(html).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement)
            .Single(b => b.GetProperty("@type").GetString() == "ItemList");
        var items = list.GetProperty("itemListElement").EnumerateArray().ToList();
        items.Count.ShouldBe(12);
        items[0].GetProperty("name").GetString().ShouldBe("Trial table 1");
        items[0].GetProperty("url").GetString()!.ShouldStartWith("http://dong-ky.localhost/en/products/");
    }

    [Fact]
    public async Task Card_and_category_links_lead_to_pages_of_the_same_village_and_language()
    {
        var (tables, _) = await SeedAsync();
        var client = app.Browser(null);
        foreach (var path in new[] { $"/v/{Slug}/en/products?category={tables}", $"/v/{Slug}/en/" })
        {
            var html = await StorefrontApp.Html(await client.GetAsync(path));
            var cards = CardLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
            cards.ShouldNotBeEmpty(path);
            cards.ShouldAllBe(href => href.StartsWith($"/v/{Slug}/en/products/", StringComparison.Ordinal));
            (await client.GetAsync(cards[0])).StatusCode.ShouldBe(HttpStatusCode.OK, cards[0]);
        }
        var home = await StorefrontApp.Html(await client.GetAsync($"/v/{Slug}/en/"));
        home.ShouldContain($"href=\"/v/{Slug}/en/products?category={tables}\"");
    }

    [GeneratedRegex("class=\"card-link\" href=\"([^\"]+)\"")]
    private static partial Regex CardLink();

    [GeneratedRegex("Trial table \\d+")]
    private static partial Regex TableName();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">")]
    private static partial Regex NextLink();
}

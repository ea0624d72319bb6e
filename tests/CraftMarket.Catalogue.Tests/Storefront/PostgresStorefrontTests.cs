using System.Net;
using System.Xml.Linq;
using CraftMarket.Members.Contracts;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Catalogue.Tests.Storefront;

/// <summary>The storefront's queries on a real PostgreSQL: filters, a maker's products (a uuid[] column), the sitemap.</summary>
public sealed class PostgresStorefrontTests(PostgresStorefrontTests.App app) : IClassFixture<PostgresStorefrontTests.App>
{
    public sealed class App() : StorefrontApp(PostgresDatabase.Create());

    [Fact]
    public async Task Listing_product_page_profile_and_sitemap_work_on_postgres()
    {
        MemberId maker;
        await using (var scope = app.ScopeFor("van-phuc"))
            maker = (await scope.ServiceProvider.GetRequiredService<IMemberDirectory>().ListAsync(default)).First(m => m.Status == MemberStatus.Active).Id;
        var category = await app.CategoryAsync("van-phuc", "Khăn PG", "PG scarves");
        var scarf = await app.ProductAsync("van-phuc", "Postgres scarf", category, priceVnd: 90_000, moq: 10, makerIds: [maker]);
        await app.ProductAsync("van-phuc", "Postgres bolt", category, priceVnd: 900_000, moq: 100, materialVi: "Lụa tơ tằm", materialEn: "Mulberry silk");
        var client = app.Browser("van-phuc");

        var cheap = WebUtility.HtmlDecode(await StorefrontApp.Html(await client.GetAsync($"/en/products?category={category}&price=under-100k&moq=50")));
        cheap.ShouldContain("Postgres scarf");
        cheap.ShouldNotContain("Postgres bolt");
        (await StorefrontApp.Html(await client.GetAsync($"/en/products?category={category}&material=Lụa tơ tằm"))).ShouldContain("Postgres bolt");
        (await StorefrontApp.Html(await client.GetAsync($"/en/products/{scarf.Id}/postgres-scarf"))).ShouldContain("Postgres scarf</h1>");
        (await StorefrontApp.Html(await client.GetAsync($"/en/members/{maker.Value}"))).ShouldContain($"/en/products/{scarf.Id}/postgres-scarf");
        XDocument.Parse(await StorefrontApp.Html(await client.GetAsync("/sitemap.xml"))).ToString().ShouldContain(scarf.Id.ToString());
        (await app.Browser("bat-trang").GetAsync($"/en/products/{scarf.Id}/postgres-scarf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Data;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.Catalogue.Seeding;
using CraftMarket.Catalogue.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CraftMarket.Catalogue.Tests.InProcess;

[Collection(SharedSite.Name)]
public sealed class DemoSeederTests(SqliteCatalogueApp app, ITestOutputHelper output)
{
    [Theory]
    [InlineData("bat-trang", 40, 8)]
    [InlineData("van-phuc", 25, 4)]
    [InlineData("dong-ky", 15, 5)]
    public async Task Each_demo_village_gets_a_realistic_catalogue(string slug, int atLeast, int categories)
    {
        await using var scope = app.ScopeFor(slug);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
        // Other tests in this collection add products; the demo ones carry the village's SKU prefix.
        var prefix = CatalogueDemoSeeder.Plans.Single(p => p.Slug == slug).SkuPrefix + "-";
        var products = (await db.Products.AsNoTracking().ToListAsync()).Where(p => p.Sku.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        products.Count.ShouldBeGreaterThanOrEqualTo(atLeast);
        products.Count(p => p.Status == ProductStatus.Published).ShouldBeGreaterThan(products.Count / 2, "most are published");
        products.ShouldContain(p => p.Status == ProductStatus.Submitted);
        products.ShouldContain(p => p.Status == ProductStatus.Draft);
        products.ShouldContain(p => p.Status == ProductStatus.ChangesRequested && p.ReviewComment != null);
        products.ShouldAllBe(p => p.NameVi.Length > 0 && p.NameEn != null && p.Description.En != null);
        products.ShouldContain(p => p.NameFr != null);
        products.ShouldContain(p => p.NameJa != null);
        products.Select(p => p.NameVi).Distinct().Count().ShouldBe(products.Count);
        products.Select(p => p.CategoryId).Distinct().Count().ShouldBe(categories, "spread across every category");
        products.SelectMany(p => p.MakerIds).Distinct().Count().ShouldBeGreaterThan(2, "spread across members");
        products.ShouldContain(p => p.MakerIds.Count > 1, "common designs made by several households");
        products.ShouldContain(p => p.MonthlyCapacity > 0, "capacity derived from members' declarations");
        products.ShouldAllBe(p => p.HsCode != null && p.HsCode.Length >= 6);
        foreach (var p in products.Take(6)) output.WriteLine($"{p.Sku} | {p.NameVi} | {p.NameEn} | {p.NameFr} | {p.NameJa} | {p.BasePrice} | cap {p.MonthlyCapacity}");

        var published = await db.Outbox.AsNoTracking().Where(m => m.Name == "catalogue.product-published").ToListAsync();
        var ids = products.Select(p => p.Id.ToString()).ToHashSet();
        published.Count(m => ids.Any(id => m.Payload.Contains(id, StringComparison.Ordinal))).ShouldBe(products.Count(p => p.Status is ProductStatus.Published or ProductStatus.Archived),
            "seeding publishes through the same events as real publishing");
    }

    [Fact]
    public async Task The_public_listing_shows_only_published_products_with_facets()
    {
        await using var scope = app.ScopeFor("bat-trang");
        var browse = scope.ServiceProvider.GetRequiredService<BrowseCatalogue>();
        var page = (await browse.Browse(new BrowseQuery(PageSize: 10), default)).Value!;
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
        page.Total.ShouldBe(await db.Products.CountAsync(p => p.Status == ProductStatus.Published));
        page.Items.Count.ShouldBe(10);
        page.Categories.Sum(c => c.Count).ShouldBe(page.Total);
        page.Materials.Sum(c => c.Count).ShouldBe(await db.Products.CountAsync(p => p.Status == ProductStatus.Published && p.MaterialVi != null));
        foreach (var c in page.Categories) output.WriteLine($"{c.Label["vi"]} / {c.Label["en"]}: {c.Count}");
    }
}

using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.Search.Tests.Support;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>Facet counts checked against a brute-force count of the same generated products, under combined filters.</summary>
public sealed class FacetAndPagingTests : IDisposable
{
    private static readonly string[] Materials = ["Stoneware", "Porcelain", "Silk", "Wood"];
    private static readonly string[] Categories = ["Vases", "Bowls", "Scarves"];
    private readonly LuceneFixture index = new();
    private readonly List<PublishedProduct> all = [];

    private async Task Seed()
    {
        var random = new Random(42);
        for (var i = 0; i < 300; i++)
        {
            var vp = i % 3 == 0;
            all.Add(Products.Make($"Sản phẩm {i}", $"Product {i} vase", vp ? Products.VanPhuc : Products.BatTrang, vp ? "van-phuc" : "bat-trang",
                category: Categories[random.Next(3)], material: Materials[random.Next(4)], price: random.Next(1, 40) * 50_000m,
                moq: random.Next(1, 1500), lead: random.Next(1, 90), daysAgo: random.Next(0, 5)));
        }
        await index.Engine.UpsertAsync([.. all.Select(p => p.Indexed())], default);
    }

    [Fact]
    public async Task Each_facet_counts_with_every_other_filter_applied()
    {
        await Seed();
        var filters = new Dictionary<string, IReadOnlyList<string>>
        {
            [Facets.Material] = ["Silk", "Wood"],
            [Facets.Price] = ["100k-500k", "500k-2m"],
            [Facets.Category] = ["Vases"],
        };
        var result = await index.Search("vase", filters: filters, pageSize: 50);

        bool Passes(PublishedProduct p, string? except) => filters.All(f => f.Key == except || f.Value.Contains(Value(p, f.Key)));
        result.Total.ShouldBe(all.Count(p => Passes(p, null)));
        result.Total.ShouldBeGreaterThan(0);
        foreach (var facet in new[] { Facets.Material, Facets.Price, Facets.Category, Facets.Moq, Facets.LeadTime, Facets.Village })
        {
            var expected = all.Where(p => Passes(p, facet)).GroupBy(p => Value(p, facet)).ToDictionary(g => g.Key, g => (long)g.Count());
            result.Facets[facet].Where(f => f.Count > 0).ToDictionary(f => f.Value, f => f.Count).ShouldBe(expected, ignoreOrder: true, facet);
        }
        result.Facets.Keys.ShouldNotContain(Facets.QualityMark, "no product carries the mark: nothing to choose");
        foreach (var hit in result.Hits) Passes(all.Single(p => p.Id.ToString() == hit.ProductId), null).ShouldBeTrue();
    }

    [Fact]
    public async Task Paging_by_price_with_many_ties_returns_every_product_once()
    {
        await Seed();
        var seen = new List<string>();
        decimal last = 0;
        for (var page = 1; page <= 20; page++)
        {
            var result = await index.Search(null, Products.BatTrang, sort: SearchSort.PriceAscending, page: page, pageSize: 17);
            if (result.Hits.Count == 0) break;
            result.Hits[0].IndicativePrice.ShouldBeGreaterThanOrEqualTo(last);
            last = result.Hits[^1].IndicativePrice;
            seen.AddRange(result.Hits.Select(h => h.ProductId));
        }
        seen.Count.ShouldBe(all.Count(p => p.TenantId == Products.BatTrang));
        seen.Distinct().Count().ShouldBe(seen.Count);
    }

    [Fact]
    public async Task Newest_first_and_price_descending_sort()
    {
        await Seed();
        var newest = await index.Search(null, sort: SearchSort.Newest, pageSize: 50);
        newest.Hits.Select(h => all.Single(p => p.Id.ToString() == h.ProductId).PublishedAt).ShouldBeInOrder(SortDirection.Descending);
        var dear = await index.Search("vase", sort: SearchSort.PriceDescending, pageSize: 50);
        dear.Hits.Select(h => h.IndicativePrice).ShouldBeInOrder(SortDirection.Descending);
        dear.Hits[0].Price.ShouldBe(all.Select(p => p.BasePrice).Max());
    }

    [Fact]
    public async Task A_tenant_never_sees_another_tenants_products_and_hidden_tenants_leave_cross_village_search()
    {
        await Seed();
        var batTrang = await index.Search("vase", Products.BatTrang, pageSize: 50);
        batTrang.Total.ShouldBe(all.Count(p => p.TenantId == Products.BatTrang));
        batTrang.Hits.ShouldAllBe(h => h.TenantSlug == "bat-trang");
        batTrang.Facets.ContainsKey(Facets.Village).ShouldBeFalse();

        (await index.Search("vase")).Total.ShouldBe(all.Count);
        index.Hidden.Add(Products.VanPhuc);
        var platform = await index.Search("vase", pageSize: 50);
        platform.Total.ShouldBe(all.Count(p => p.TenantId == Products.BatTrang));
        platform.Facets[Facets.Village].Select(f => f.Value).ShouldBe(["bat-trang"]);
    }

    [Fact]
    public async Task Counts_span_segments_and_skip_replaced_versions()
    {
        // Three writes, three commits: three segments, and the update deletes the first version in the oldest one.
        var silk = Products.Make("Khăn", "Scarf vase", material: "Silk", price: 50_000m);
        await index.Add(silk, Products.Make("Bình", "Tall vase", material: "Stoneware"));
        await index.Add(Products.Make("Bình nhỏ", "Small vase", material: "Stoneware", price: 50_000m));
        await index.Add(silk with { Material = new Dictionary<string, string> { ["vi"] = "Wood", ["en"] = "Wood" } });

        var result = await index.Search("vase", filters: new() { [Facets.Price] = ["0-100k"] });
        result.Total.ShouldBe(2);
        result.Facets[Facets.Material].ShouldBe([new FacetCount("Stoneware", 1), new FacetCount("Wood", 1)], ignoreOrder: true);
        result.Facets[Facets.Price].ShouldBe([new FacetCount("0-100k", 2), new FacetCount("100k-500k", 1)]);
    }

    private static string Value(PublishedProduct p, string facet) => ProductText.FacetValues(p.Indexed())[facet];

    public void Dispose() => index.Dispose();
}

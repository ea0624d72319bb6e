using CraftMarket.Search.Contracts;
using CraftMarket.Search.Tests.Support;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>The quality-mark facet: absent until a product carries the mark, then counted and filterable.</summary>
public sealed class QualityMarkTests : IDisposable
{
    private readonly LuceneFixture lucene = new();

    [Fact]
    public async Task The_facet_appears_only_when_a_hit_carries_the_mark_and_follows_grants_and_withdrawals()
    {
        var vase = Products.Make("Bình men rạn", "Crackle vase");
        var teapot = Products.Make("Ấm men rạn", "Crackle teapot");
        var plate = Products.Make("Đĩa men rạn", "Crackle plate");
        await lucene.Engine.UpsertAsync([vase.Indexed(), teapot.Indexed(), plate.Indexed() with { QualityMark = true }], default);
        (await lucene.Search("crackle")).Facets[Facets.QualityMark].ShouldBe([new FacetCount("true", 1)]);
        (await lucene.Search("teapot")).Facets.Keys.ShouldNotContain(Facets.QualityMark, "no hit of this search carries it");

        await lucene.Engine.SetQualityMarkAsync(vase.Id, true, default);
        var marked = new Dictionary<string, IReadOnlyList<string>> { [Facets.QualityMark] = ["true"] };
        var onlyMarked = await lucene.Search("crackle", filters: marked);
        onlyMarked.Hits.Select(h => h.ProductId).ShouldBe([vase.Id.ToString(), plate.Id.ToString()], ignoreOrder: true);
        onlyMarked.Facets[Facets.QualityMark].ShouldBe([new FacetCount("true", 2)]);

        await lucene.Engine.SetQualityMarkAsync(vase.Id, false, default);
        await lucene.Engine.SetQualityMarkAsync(plate.Id, false, default);
        (await lucene.Search("crackle")).Facets.Keys.ShouldNotContain(Facets.QualityMark);
        (await lucene.Search("crackle", filters: marked)).Facets[Facets.QualityMark].ShouldBe([new FacetCount("true", 0)],
            "a selected value stays listed at zero, so the buyer can unselect it");

        await lucene.Engine.SetQualityMarkAsync(Catalogue.Contracts.ProductId.New(), true, default);   // not indexed: nothing to do
        (await lucene.Search("crackle")).Total.ShouldBe(3);
    }

    public void Dispose() => lucene.Dispose();
}

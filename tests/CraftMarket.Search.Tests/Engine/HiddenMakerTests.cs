using CraftMarket.Members.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Elasticsearch;
using CraftMarket.Search.LuceneEngine;
using CraftMarket.Search.Tests.Support;
using CraftMarket.Search.Analysis;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>
/// Search documents are stored (a Lucene stored field, an Elasticsearch _source) and must not carry
/// the makers' ids: a household that chose not to be listed must not be traceable from its products.
/// </summary>
public sealed class HiddenMakerTests
{
    private static readonly MemberId Hidden = new(Guid.Parse("0195a000-dead-7000-8000-00000000beef"));

    private static IndexedProduct Made() => (Products.Make("Bình", "Vase") with { Makers = [Hidden] }).Indexed("/c.jpg");

    [Fact]
    public void The_indexed_snapshot_has_no_makers()
    {
        Made().Product.Makers.ShouldBeEmpty();
        Made().Product.Name["en"].ShouldBe("Vase", "the rest of the snapshot is kept");
    }

    [Fact]
    public void Neither_engine_stores_a_maker_id()
    {
        var bulk = EsDocuments.Bulk("craftmarket-products", [Made()], DateTimeOffset.UnixEpoch, "g1");
        bulk.ShouldNotContain(Hidden.Value.ToString(), Case.Insensitive);
        var lucene = LuceneDocuments.Build(Made()).Get(SearchFields.Source, System.Globalization.CultureInfo.InvariantCulture);
        lucene.ShouldNotContain(Hidden.Value.ToString(), Case.Insensitive);
        LuceneDocuments.Read(LuceneDocuments.Build(Made())).Product.Makers.ShouldBeEmpty();
    }
}

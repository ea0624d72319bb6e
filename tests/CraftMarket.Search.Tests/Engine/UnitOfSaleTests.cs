using System.Text.Json.Nodes;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Elasticsearch;
using CraftMarket.Search.LuceneEngine;
using CraftMarket.Search.Tests.Support;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>The index carries each product's unit of sale, so a hit's price reads "per metre" (ADR 0073).</summary>
public sealed class UnitOfSaleTests : IDisposable
{
    private readonly LuceneFixture lucene = new();

    [Fact]
    public async Task A_hit_carries_the_unit_its_price_is_per()
    {
        var fabric = Products.Make("Lụa tơ tằm vân hoa", "Jacquard silk fabric", Products.VanPhuc, "van-phuc");
        await lucene.Add(fabric with { Unit = UnitOfSale.Metre }, Products.Make("Bình gốm", "Stoneware vase"));

        (await lucene.Search("silk")).Hits.Single(h => h.Name == "Jacquard silk fabric").Unit.ShouldBe(UnitOfSale.Metre);
        (await lucene.Search("vase")).Hits.Single(h => h.Name == "Stoneware vase").Unit.ShouldBe(UnitOfSale.Piece);
    }

    [Fact]
    public void Both_engines_keep_the_unit_in_the_document_and_a_document_from_before_units_reads_as_pieces()
    {
        var indexed = (Products.Make("Lụa", "Silk") with { Unit = UnitOfSale.Yard }).Indexed();
        var es = EsDocuments.Build(indexed, DateTimeOffset.UnixEpoch);
        es[SearchFields.Unit]!.GetValue<string>().ShouldBe("yard");
        es["source"]!["product"]!["unit"]!.GetValue<string>().ShouldBe("yard");
        IndexTemplate.Body("craftmarket-products")["template"]!["mappings"]!["properties"]![SearchFields.Unit]!["type"]!.GetValue<string>().ShouldBe("keyword");
        LuceneDocuments.Read(LuceneDocuments.Build(indexed)).Product.Unit.ShouldBe(UnitOfSale.Yard);

        // A document stored before units has no "unit" in its snapshot.
        var old = (JsonObject)EsDocuments.Build(Products.Make("Bình", "Vase").Indexed(), DateTimeOffset.UnixEpoch)["source"]!.DeepClone();
        ((JsonObject)old["product"]!).Remove("unit");
        System.Text.Json.JsonSerializer.Deserialize<Contracts.IndexedProduct>(old.ToJsonString(), SharedKernel.Outbox.OutboxJson.Options)!
            .Product.Unit.ShouldBe(UnitOfSale.Piece);
    }

    public void Dispose() => lucene.Dispose();
}

using System.Globalization;
using System.Text.Json;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Outbox;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// A product as a Lucene document: analysed texts, facet values as sorted doc values (filtered and
/// counted by the search's collector), sort keys as doc values, and the whole snapshot stored so hits and
/// cover updates need nothing but the index.
/// </summary>
internal static class LuceneDocuments
{
    public static Document Build(IndexedProduct indexed)
    {
        var p = indexed.Product;
        var id = p.Id.ToString();
        var doc = new Document
        {
            new StringField(SearchFields.Id, id, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Id, new BytesRef(id)),
            new StringField(SearchFields.Tenant, p.TenantId.ToString(), Field.Store.NO),
            // Minor units of the village's base currency (đồng for every village, so prices compare across villages).
            new NumericDocValuesField(SearchFields.Price, p.BasePrice.MinorUnits),
            new NumericDocValuesField(SearchFields.Published, p.PublishedAt.UtcTicks),
            new StringField(SearchFields.Unit, p.Unit.Code, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Version, p.UpdatedAt.UtcTicks),
            new StoredField(SearchFields.Source, JsonSerializer.Serialize(indexed, OutboxJson.Options)),
        };
        foreach (var (field, text) in ProductText.Fields(indexed))
            doc.Add(new TextField(field, Folding.Normalize(text), Field.Store.NO));
        foreach (var (facet, value) in ProductText.FacetValues(indexed))
        {
            doc.Add(new SortedDocValuesField(SearchFields.Facet(facet), new BytesRef(value)));
        }
        return doc;
    }

    public static IndexedProduct Read(Document doc) =>
        JsonSerializer.Deserialize<IndexedProduct>(doc.Get(SearchFields.Source, CultureInfo.InvariantCulture), OutboxJson.Options)!;
}

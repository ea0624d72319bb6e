using System.Runtime.CompilerServices;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// A segment's facet values as plain arrays: for each facet, the ordinal of every document and the
/// value of every ordinal. Read once from the sorted doc values when a segment is first searched,
/// then kept for the segment's life (segments never change; deletes are applied by the search), so
/// counting a match is an array read per facet rather than a doc-values lookup through the codec.
/// Costs 4 bytes per document per facet.
/// </summary>
internal sealed class SegmentFacets
{
    // Keyed by the segment core: reopened readers (new deletes) share it; a merged-away core is collected with its key.
    private static readonly ConditionalWeakTable<object, SegmentFacets> Loaded = new();

    private readonly Column[] columns;

    private SegmentFacets(AtomicReader reader) =>
        columns = [.. Facets.All.Select(f => Column.Load(reader.GetSortedDocValues(SearchFields.Facet(f)), reader.MaxDoc))];

    public static SegmentFacets For(AtomicReader reader) => Loaded.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    /// <summary>The column of one of <see cref="Facets.All"/>.</summary>
    public Column this[string facet] => columns[Index(facet)];

    public static int Index(string facet)
    {
        for (var i = 0; i < Facets.All.Count; i++) if (Facets.All[i] == facet) return i;
        throw new ArgumentException($"Unknown facet {facet}.", nameof(facet));
    }

    /// <summary>Ordinals per document (-1: no value) and values per ordinal, in the doc values' sorted order.</summary>
    internal sealed class Column(int[] ords, string[] values)
    {
        private readonly Dictionary<string, int> byValue = values.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal);

        public int[] Ords { get; } = ords;
        public string[] Values { get; } = values;

        public int OrdOf(string value) => byValue.GetValueOrDefault(value, -1);

        public static Column Load(SortedDocValues? docValues, int maxDoc)
        {
            var ords = new int[maxDoc];
            if (docValues is null)
            {
                Array.Fill(ords, -1);
                return new Column(ords, []);
            }
            for (var doc = 0; doc < maxDoc; doc++) ords[doc] = docValues.GetOrd(doc);
            var values = new string[docValues.ValueCount];
            var term = new BytesRef();
            for (var ord = 0; ord < values.Length; ord++)
            {
                docValues.LookupOrd(ord, term);
                values[ord] = term.Utf8ToString();
            }
            return new Column(ords, values);
        }
    }
}

using CraftMarket.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// Counts facet values over the documents matching the text and scope, applying the selected
/// filters itself: a document counts for facet F when it passes every filter except possibly F's
/// (multi-select faceting: selecting "silk" still shows how many "cotton" there would be). One
/// pass over the matches, reading sorted doc values; no facet package needed.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> facets, IReadOnlyDictionary<string, IReadOnlyList<string>> filters) : ICollector
{
    private readonly Dictionary<string, long>[] counts = facets.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal)).ToArray();
    private SortedDocValues?[] values = [];
    private HashSet<int>?[] selected = [];
    private long[][] segmentCounts = [];

    public long Total { get; private set; }

    public IReadOnlyDictionary<string, long> CountsOf(string facet) => counts[IndexOf(facet)];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var reader = context.AtomicReader;
        values = facets.Select(f => reader.GetSortedDocValues(SearchFields.Facet(f))).ToArray();
        selected = new HashSet<int>?[facets.Count];
        segmentCounts = new long[facets.Count][];
        for (var i = 0; i < facets.Count; i++)
        {
            segmentCounts[i] = new long[values[i]?.ValueCount ?? 0];
            if (!filters.TryGetValue(facets[i], out var wanted) || wanted.Count == 0) continue;
            selected[i] = [.. wanted.Select(v => values[i]?.LookupTerm(new BytesRef(v)) ?? -1).Where(o => o >= 0)];
        }
    }

    public void Collect(int doc)
    {
        Span<int> ords = stackalloc int[facets.Count];
        var failing = -1;
        var failures = 0;
        for (var i = 0; i < facets.Count; i++)
        {
            ords[i] = values[i]?.GetOrd(doc) ?? -1;
            if (selected[i] is { } wanted && !wanted.Contains(ords[i]) && ++failures == 1) failing = i;
        }
        if (failures > 1) return;
        if (failures == 1)
        {
            if (ords[failing] >= 0) segmentCounts[failing][ords[failing]]++;
            return;
        }
        Total++;
        for (var i = 0; i < facets.Count; i++)
            if (ords[i] >= 0) segmentCounts[i][ords[i]]++;
    }

    /// <summary>Call once after the search, to fold the last segment's counts in.</summary>
    public FacetCollector Finish()
    {
        Flush();
        values = [];
        segmentCounts = [];
        return this;
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < segmentCounts.Length; i++)
        for (var ord = 0; ord < segmentCounts[i].Length; ord++)
        {
            if (segmentCounts[i][ord] == 0) continue;
            values[i]!.LookupOrd(ord, term);
            var key = term.Utf8ToString();
            counts[i][key] = counts[i].GetValueOrDefault(key) + segmentCounts[i][ord];
        }
    }

    private int IndexOf(string facet)
    {
        for (var i = 0; i < facets.Count; i++) if (facets[i] == facet) return i;
        throw new ArgumentException($"Facet {facet} was not counted.", nameof(facet));
    }
}

using CraftMarket.Search.Contracts;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CraftMarket.Search.LuceneEngine;

/// <summary>
/// The single pass of a search over everything the text and scope match. The selected facet filters
/// are applied here, not in the query: a document passing every filter is counted in every facet,
/// counted in the total and handed to <paramref name="page"/> (the sorted top-N); a document failing
/// exactly one filter still counts for that facet (multi-select: selecting "silk" still shows how
/// many "cotton" there would be); one failing two counts nowhere. Per document that is an array read
/// per facet (<see cref="SegmentFacets"/>), and only documents passing every filter are scored.
/// </summary>
internal sealed class SearchCollector : ICollector
{
    private readonly bool[] counted = new bool[Facets.All.Count];
    private readonly IReadOnlyList<string>?[] wanted = new IReadOnlyList<string>?[Facets.All.Count];
    private readonly Dictionary<string, long>[] counts = [.. Facets.All.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal))];
    private readonly ICollector page;
    private SegmentFacets.Column[] columns = [];
    private bool[]?[] accepted = [];
    private int[]?[] segmentCounts = [];

    public SearchCollector(IReadOnlyList<string> facets, IReadOnlyDictionary<string, IReadOnlyList<string>> filters, ICollector page)
    {
        this.page = page;
        foreach (var facet in facets) counted[SegmentFacets.Index(facet)] = true;
        foreach (var (facet, values) in filters)
            if (values.Count > 0) wanted[SegmentFacets.Index(facet)] = values;
    }

    public long Total { get; private set; }

    public IReadOnlyDictionary<string, long> CountsOf(string facet) => counts[SegmentFacets.Index(facet)];

    public bool AcceptsDocsOutOfOrder => page.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => page.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var segment = SegmentFacets.For(context.AtomicReader);
        columns = [.. Facets.All.Select(f => segment[f])];
        accepted = new bool[]?[columns.Length];
        segmentCounts = new int[]?[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            if (counted[i]) segmentCounts[i] = new int[columns[i].Values.Length];
            if (wanted[i] is not { } values) continue;
            // Indexed by ordinal + 1, so a document without a value (ordinal -1) fails any filter on the facet.
            accepted[i] = new bool[columns[i].Values.Length + 1];
            foreach (var value in values)
                if (columns[i].OrdOf(value) is var ord and >= 0) accepted[i]![ord + 1] = true;
        }
        page.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var failing = -1;
        for (var i = 0; i < accepted.Length; i++)
        {
            if (accepted[i] is not { } ok || ok[columns[i].Ords[doc] + 1]) continue;
            if (failing >= 0) return;
            failing = i;
        }
        if (failing >= 0)
        {
            if (segmentCounts[failing] is { } only && columns[failing].Ords[doc] is var o and >= 0) only[o]++;
            return;
        }
        Total++;
        for (var i = 0; i < columns.Length; i++)
            if (segmentCounts[i] is { } c && columns[i].Ords[doc] is var ord and >= 0) c[ord]++;
        page.Collect(doc);
    }

    /// <summary>Call once after the search, to fold the last segment's counts in.</summary>
    public SearchCollector Finish()
    {
        Flush();
        columns = [];
        segmentCounts = [];
        return this;
    }

    private void Flush()
    {
        for (var i = 0; i < segmentCounts.Length; i++)
        {
            if (segmentCounts[i] is not { } c) continue;
            for (var ord = 0; ord < c.Length; ord++)
                if (c[ord] > 0) counts[i][columns[i].Values[ord]] = counts[i].GetValueOrDefault(columns[i].Values[ord]) + c[ord];
        }
    }
}

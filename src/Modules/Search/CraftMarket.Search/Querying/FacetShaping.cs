using CraftMarket.Search.Contracts;

namespace CraftMarket.Search.Querying;

/// <summary>
/// Orders and trims counted facet values the same way for both engines: bands in their natural
/// order, other facets by count then name; a selected value is always listed, even at zero, so the
/// buyer can unselect it.
/// </summary>
internal static class FacetShaping
{
    public const int MaxValues = 30;

    /// <summary>The facets a search answers: the village facet only across villages.</summary>
    public static IReadOnlyList<string> FacetsFor(SearchQuery query) =>
        query.Tenant is null ? Facets.All : [.. Facets.All.Where(f => f != Facets.Village)];

    public static IReadOnlyList<FacetCount> Shape(string facet, IReadOnlyDictionary<string, long> counts, IReadOnlyList<string>? selected)
    {
        var chosen = selected ?? [];
        if (Bands.KnownValues(facet) is { } known)
            return [.. known.Where(v => counts.GetValueOrDefault(v) > 0 || chosen.Contains(v)).Select(v => new FacetCount(v, counts.GetValueOrDefault(v)))];
        var listed = counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(MaxValues).Select(c => new FacetCount(c.Key, c.Value)).ToList();
        foreach (var v in chosen.Where(v => listed.All(l => l.Value != v))) listed.Add(new FacetCount(v, counts.GetValueOrDefault(v)));
        return listed;
    }

    /// <summary>
    /// Every facet of the query, shaped; the quality mark only when a hit carries it (or it is
    /// selected): until an association grants marks there is nothing to choose.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> ShapeAll(SearchQuery query, Func<string, IReadOnlyDictionary<string, long>> counts) =>
        FacetsFor(query).Select(f => (Facet: f, Values: Shape(f, counts(f), query.Filters.GetValueOrDefault(f))))
            .Where(f => f.Facet != Facets.QualityMark || f.Values.Count > 0)
            .ToDictionary(f => f.Facet, f => f.Values);
}

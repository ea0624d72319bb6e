using CraftMarket.Search.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Querying;

/// <summary>
/// What a search does when the buyer's words together find nothing, the same for both engines:
/// <list type="number">
/// <item>a word that is a typo of a word only the glossary knows ("pashmna", "dinerware") is
/// replaced by it and the search run again; the answer says so as its "did you mean";</item>
/// <item>else one word fewer is required, then two, and so on down to one: the first level that
/// finds something is the answer, so every hit matches as many of the buyer's words as any product
/// does ("cheap handmade celadon bowl for my kitchen" shows the celadon bowls);</item>
/// <item>still nothing, and the first answer stands, with the engine's own "did you mean".</item>
/// </list>
/// Each fallback costs one more search, and only when the one before found nothing.
/// </summary>
internal static class SearchFallbacks
{
    public static async Task<SearchResult> RunAsync(ISearchEngine engine, SearchQuery query, IReadOnlyList<IReadOnlyList<string>> glossary,
        IReadOnlyCollection<TenantId> hidden, CancellationToken ct)
    {
        var plan = QueryPlanner.Plan(query.Text, glossary);
        var result = await engine.SearchAsync(new EngineQuery(query, plan, hidden), ct);
        if (result.Total > 0 || plan.MatchesEverything) return result;

        var corrected = QueryPlanner.GlossaryCorrection(query.Text, glossary);
        if (corrected is not null)
        {
            plan = QueryPlanner.Plan(corrected, glossary);
            var found = await engine.SearchAsync(new EngineQuery(query, plan, hidden, SuggestSpelling: false), ct);
            if (found.Total > 0) return found with { DidYouMean = corrected };
        }
        for (var relaxed = plan.Relaxed(); relaxed is not null; relaxed = relaxed.Relaxed())
        {
            var partial = await engine.SearchAsync(new EngineQuery(query, relaxed, hidden, SuggestSpelling: false), ct);
            if (partial.Total > 0) return partial with { DidYouMean = corrected };
        }
        return result;
    }
}

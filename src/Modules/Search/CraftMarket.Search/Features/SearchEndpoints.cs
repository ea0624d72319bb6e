using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Search.Features;

/// <summary>JSON answer of <c>GET /api/search</c>; hit URLs are absolute across villages.</summary>
internal sealed record SearchResponse(long Total, int Page, int PageSize, IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, string? DidYouMean);

internal sealed record SuggestionResponse(string Text, string ProductId, string TenantSlug, string Url);

internal static class SearchEndpoints
{
    public const int MaxSuggestLength = 100;

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/search").WithTags("Search");
        api.MapGet("/", async ([AsParameters] SearchRequest request, ISearchIndex index, ITenantContext tenant, SearchLinks links, CancellationToken ct) =>
            {
                var query = request.ToQuery(tenant);
                if (query.IsFailure) return query.Error!.ToProblem();
                var result = await index.SearchAsync(query.Value!, ct);
                var hits = result.Hits.Select(h => h with { Url = links.For(h.TenantSlug, h.Url, !tenant.HasTenant) }).ToList();
                return TypedResults.Ok(new SearchResponse(result.Total, result.Page, result.PageSize, hits, result.Facets, result.DidYouMean));
            })
            .WithName("SearchProducts")
            .Produces<SearchResponse>()
            .ProducesValidationProblem()
            .WithSummary("Search published products: this village's on its own host, every active village's on the platform host.")
            .WithDescription("Facet parameters (category, material, technique, price, moq, lead, village, qualityMark) may repeat; " +
                "values of one facet are alternatives, facets combine; qualityMark=true keeps products carrying the association's mark " +
                "(that facet is listed only when a hit carries it). sort: relevance | price | price-desc | newest. " +
                "Each facet's counts apply every other facet's filter.");

        api.MapGet("/suggest", async (string? q, ISearchIndex index, ITenantContext tenant, SearchLinks links, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(q) || q.Length > MaxSuggestLength)
                    return Error.Validation("q", $"Type 1 to {MaxSuggestLength} characters.").ToProblem();
                var language = LanguageFallback.Pick(SearchFields.Languages, Ui.Language)!;
                var found = await index.SuggestAsync(new SuggestQuery(q, tenant.TenantId, language), ct);
                return TypedResults.Ok(found.Select(s => new SuggestionResponse(s.Text, s.ProductId, s.TenantSlug,
                    links.For(s.TenantSlug, Querying.ProductText.ProductPath(s.ProductId), !tenant.HasTenant))).ToList());
            })
            .WithName("SuggestProducts")
            .Produces<List<SuggestionResponse>>()
            .ProducesValidationProblem()
            .WithSummary("Product names completing what the buyer is typing (autocomplete).");
    }
}

using CraftMarket.SharedKernel.Lists;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Features;

/// <summary>
/// The query string of <c>GET /api/search</c> and of the <c>/search</c> page. Facet parameters may
/// repeat (<c>material=Silk&amp;material=Cotton</c>): values of one facet are alternatives.
/// </summary>
internal sealed record SearchRequest(
    string? Q = null, string[]? Category = null, string[]? Material = null, string[]? Technique = null,
    string[]? Price = null, string[]? Moq = null, string[]? Lead = null, string[]? Village = null, string[]? QualityMark = null,
    string? Sort = null, int? Page = null, int? PageSize = null)
{
    public const int MaxValuesPerFacet = 10;
    public const int MaxValueLength = 100;
    public static readonly IReadOnlyList<string> Sorts = ["relevance", "price", "price-desc", "newest"];

    public IReadOnlyDictionary<string, string[]?> FacetValues => new Dictionary<string, string[]?>
    {
        [Facets.Category] = Category, [Facets.Material] = Material, [Facets.Technique] = Technique, [Facets.Price] = Price,
        [Facets.Moq] = Moq, [Facets.LeadTime] = Lead, [Facets.Village] = Village, [Facets.QualityMark] = QualityMark,
    };

    /// <summary>Checks every parameter and answers the engine query, or every problem at once.</summary>
    public Result<SearchQuery> ToQuery(ITenantContext tenant)
    {
        var errors = new Dictionary<string, string[]>();
        if (Q is { Length: > SearchQuery.MaxTextLength }) errors["q"] = [$"The search text has at most {SearchQuery.MaxTextLength} characters."];
        Paging.Check(Page ?? 1, PageSize ?? 20, errors, SearchQuery.MaxPage, SearchQuery.MaxPageSize);
        if (Sort is not null && !Sorts.Contains(Sort)) errors["sort"] = [$"Sort is one of {string.Join(", ", Sorts)}."];

        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (facet, raw) in FacetValues)
        {
            var values = raw?.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct().ToList() ?? [];
            if (values.Count == 0) continue;
            if (facet == Facets.Village && tenant.HasTenant) errors[facet] = ["The village filter is for searches across villages."];
            else if (values.Count > MaxValuesPerFacet) errors[facet] = [$"At most {MaxValuesPerFacet} values."];
            else if (values.Any(v => v.Length > MaxValueLength)) errors[facet] = [$"Each value has at most {MaxValueLength} characters."];
            else if (Bands.KnownValues(facet) is { } known && values.FirstOrDefault(v => !known.Contains(v)) is { } bad)
                errors[facet] = [$"Unknown value {bad}; one of {string.Join(", ", known)}."];
            else filters[facet] = values;
        }
        if (errors.Count > 0) return Error.Validation(errors);

        var sort = Sort switch
        {
            "price" => SearchSort.PriceAscending,
            "price-desc" => SearchSort.PriceDescending,
            "newest" => SearchSort.Newest,
            _ => SearchSort.Relevance,
        };
        var language = LanguageFallback.Pick(SearchFields.Languages, Ui.Language)!;
        return new SearchQuery(Q?.Trim(), tenant.TenantId, filters, sort, Page ?? 1, PageSize ?? 20, language);
    }
}

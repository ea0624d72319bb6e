using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Search.Contracts;

public enum SearchSort { Relevance, PriceAscending, PriceDescending, Newest }

/// <summary>
/// A buyer's search. <see cref="Tenant"/> null means across every village (the platform host; only
/// active associations are searched). <see cref="Filters"/> maps a facet name (see
/// <see cref="Facets"/>) to the values selected: values of one facet are alternatives (OR),
/// facets combine (AND). <see cref="Language"/> picks the text shown in hits ("vi", "en", "fr", "ja").
/// </summary>
public sealed record SearchQuery(
    string? Text,
    TenantId? Tenant,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 20,
    string Language = "en")
{
    public const int MaxPageSize = 50;
    public const int MaxPage = 200;
    public const int MaxTextLength = 200;
}

public sealed record SuggestQuery(string Prefix, TenantId? Tenant, string Language = "en", int Limit = 8);

public sealed record Suggestion(string Text, string ProductId, string TenantSlug);

/// <summary>Facet names, shared by the API's parameters, both engines and the results page.</summary>
public static class Facets
{
    public const string Category = "category";
    public const string Material = "material";
    public const string Technique = "technique";
    public const string Price = "price";
    public const string Moq = "moq";
    public const string LeadTime = "lead";
    public const string Village = "village";
    public const string QualityMark = "qualityMark";

    public static readonly IReadOnlyList<string> All = [Category, Material, Technique, Price, Moq, LeadTime, Village, QualityMark];
}

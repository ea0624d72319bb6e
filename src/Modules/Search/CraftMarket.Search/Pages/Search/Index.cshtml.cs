using CraftMarket.Search.Contracts;
using CraftMarket.Search.Features;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Search.Pages.Search;

/// <summary>Results page: the same query as <c>GET /api/search</c>, rendered; facets are a GET form of checkboxes.</summary>
internal sealed class IndexModel(ISearchIndex index, ITenantContext tenant, SearchLinks links) : PageModel
{
    public SearchRequest Query { get; private set; } = new();
    public SearchResult? Result { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public bool CrossVillage => !tenant.HasTenant;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = HttpContext.Request.Query;
        int? Int(string key) => int.TryParse(q[key], out var v) ? v : q.ContainsKey(key) ? -1 : null;
        string[] All(string key) => [.. q[key].Where(v => v is not null).Select(v => v!)];
        Query = new SearchRequest(q["q"], All("category"), All("material"), All("technique"), All("price"), All("moq"), All("lead"),
            All("village"), All("qualityMark"), q["sort"].ToString() is { Length: > 0 } s ? s : null, Int("page"), Int("pageSize"));
        var query = Query.ToQuery(tenant);
        if (query.IsFailure)
        {
            Errors = query.Error!.Fields ?? new Dictionary<string, string[]>();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var result = await index.SearchAsync(query.Value!, ct);
        Result = result with { Hits = [.. result.Hits.Select(h => h with { Url = links.For(h.TenantSlug, h.Url, CrossVillage) })] };
    }

    /// <summary>How many facet values the buyer ticked: the folded "Filter" control shows it, and opens when there are any.</summary>
    public int SelectedFilterCount => Query.FacetValues.Values.Sum(v => v?.Length ?? 0);

    public bool IsSelected(string facet, string value) => Query.FacetValues[facet]?.Contains(value) == true;

    /// <summary>This page's URL with one parameter changed (paging, "did you mean"), every other kept.</summary>
    public string With(string key, string value)
    {
        var pairs = HttpContext.Request.Query.Where(p => p.Key != key && p.Key != "page")
            .SelectMany(p => p.Value.Select(v => (Name: p.Key, Value: v ?? "")));
        return "?" + string.Join('&', pairs.Append((Name: key, Value: value)).Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
    }
}

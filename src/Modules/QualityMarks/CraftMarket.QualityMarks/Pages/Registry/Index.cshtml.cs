using CraftMarket.QualityMarks.Features.Registry;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Registry;

/// <summary>
/// /registry for buyers: the village's marks and who holds them (on the platform host, every active
/// village, with a village filter), each certificate with its status, searchable, paged; a plain GET form.
/// </summary>
[StorefrontPage(VaryByQuery = ["q", "village", "p"], WholeNumbers = ["p"])]
internal sealed class IndexModel(RegistryQuery registry, ITenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Village { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public RegistryListing Listing { get; private set; } = null!;
    public bool OnPlatform => !tenant.HasTenant;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Q is { Length: > RegistryEndpoints.QueryMax }) Q = Q[..RegistryEndpoints.QueryMax];
        Listing = await registry.ListAsync(Request, Ui.Language, Q, Paging.ClampPage(PageNumber), OnPlatform ? Village : null, ct);
    }

    /// <summary>A certificate's page: within this site on a village's host, on the village's own site from the platform.</summary>
    public string PageOf(RegistryEntry entry) =>
        OnPlatform ? entry.PageUrl : Url.Content("~/registry/certificates/" + Uri.EscapeDataString(entry.Number));

    /// <summary>This listing on another page; declared query names only (the page is kept per declared values, ADR 23).</summary>
    public string PageLink(int page)
    {
        var query = StorefrontPageAttribute.Of(HttpContext)!.KeptQuery(Request.Query).Where(q => q.Key != "p").ToList();
        if (page > 1) query.Add(new("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.PathBase + Request.Path + QueryString.Create(query);
    }
}

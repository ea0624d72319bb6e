using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Features.Browse;
using CraftMarket.Media.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CraftMarket.SharedKernel.Caching;

namespace CraftMarket.Catalogue.Pages.Storefront;

/// <summary>The village's catalogue for buyers: filters (category, material, price band, MOQ, genuine mark), sort and paging, all plain links and a GET form.</summary>
[StorefrontPage(VaryByQuery = ["category", "material", "price", "moq", "mark", "sort", "p"], WholeNumbers = ["moq", "p"], Ids = ["category"])]
internal sealed class ProductsModel(BrowseCatalogue catalogue, IEnumerable<IProductPhotos> photos, IEnumerable<IQualityMarkBadges> marks, ITenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Material { get; set; }
    [BindProperty(SupportsGet = true)] public string? Price { get; set; }
    [BindProperty(SupportsGet = true)] public int? Moq { get; set; }
    [BindProperty(SupportsGet = true)] public string? Mark { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public ListingFilters Filters { get; private set; } = null!;
    public BrowsePage Listing { get; private set; } = null!;
    public IReadOnlyList<StorefrontCard> Cards { get; private set; } = [];
    public DisplayPrices Prices => DisplayPrices.Of(HttpContext);

    /// <summary>The genuine-mark filter is offered where the association keeps a registry.</summary>
    public bool MarksKept => marks.Any();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!tenant.HasTenant) return NotFound();   // the platform host has no catalogue of its own
        Filters = new ListingFilters(Category, Material, Price, Moq, Sort, PageNumber, Mark);
        // Marked right now (validity is computed at this moment); any certificate change drops the kept page.
        var marked = Filters.Genuine && marks.FirstOrDefault() is { } badges ? await badges.MarkedProductsAsync(ct) : null;
        var result = await catalogue.Browse(Filters.ToQuery(marked), ct);
        if (result.IsFailure) return BadRequest();
        Listing = result.Value!;
        Cards = await new StorefrontCards(photos, marks).FromListingAsync(Listing.Items, Prices, Request.PathBase, ct);
        return Page();
    }

    /// <summary>This listing with one parameter changed (null removes it); changing a filter goes back to page 1.</summary>
    public string Link(string name, string? value)
    {
        // Declared names only: this page is kept for every query differing in other names (ADR 23).
        var query = StorefrontPageAttribute.Of(HttpContext)!.KeptQuery(Request.Query).Where(q => q.Key != name && (name == "p" || q.Key != "p")).ToList();
        if (value is not null && !(name == "p" && value == "1")) query.Add(new(name, value));
        return Request.PathBase + Request.Path + QueryString.Create(query);
    }

    public string? CategoryTitle => Filters.Category is { } id
        ? Listing.Categories.FirstOrDefault(c => c.Key == id.ToString()) is { } c ? Localized.Pick(c.Label, Ui.Language).Text : null
        : null;
}

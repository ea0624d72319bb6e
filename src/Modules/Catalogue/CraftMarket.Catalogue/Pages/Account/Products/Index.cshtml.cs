using CraftMarket.SharedKernel.Lists;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Identity.Contracts;
using CraftMarket.Catalogue.Features;
using CraftMarket.Catalogue.Features.Categories;
using CraftMarket.Catalogue.Features.Products;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Catalogue.Pages.Account.Products;

/// <summary>A producer's own products with their status and the association's comments, newest change first.</summary>
[Authorize]
internal sealed class IndexModel(ProductReads reads, ManageCategoriesHandler categories) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<ProductRow> Products { get; private set; } = new([], 1, 20, 0);
    public IReadOnlyDictionary<Guid, string> CategoryNames { get; private set; } = new Dictionary<Guid, string>();
    public int PageCount => Math.Max(1, (Products.Total + Products.PageSize - 1) / Products.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Actor.From(HttpContext.Actor()) is not { Member: { } member }) return Forbid();
        var listed = await reads.List(member, null, Paging.ClampPage(PageNumber), 20, ct);
        Products = listed.Value!;
        CategoryNames = (await categories.List(ct)).ToDictionary(c => c.Id, c => ProductFormLookups.Name(c.Name));
        return Page();
    }
}

using CraftMarket.Catalogue.Domain;
using CraftMarket.Identity.Contracts;
using CraftMarket.Catalogue.Features;
using CraftMarket.Catalogue.Features.Categories;
using CraftMarket.Catalogue.Features.CreateProduct;
using CraftMarket.Members.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Catalogue.Pages.Account.Products;

/// <summary>A producer (or the association) starts a product; it is saved as a draft.</summary>
[Authorize]
internal sealed class NewModel(CreateProductHandler create, ManageCategoriesHandler categories, IMemberDirectory members)
    : PageModel
{
    [BindProperty] public ProductForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Actor.From(HttpContext.Actor()) is not { } actor) return Forbid();
        Form = new ProductForm { PlaceOfOrigin = null }.WithBlankRows();
        await Lookups(actor.Member, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Actor.From(HttpContext.Actor()) is not { } actor) return Forbid();
        var created = await create.Handle(Form.ToRequest(), actor, ct);
        if (created.IsSuccess) return Redirect($"{Request.PathBase}/account/products/{created.Value!.Id}?saved=true");
        ModelState.Clear();
        Form.AddErrors(ModelState, nameof(Form), created.Error!);
        Form.WithBlankRows();
        await Lookups(actor.Member, ct);
        return Page();
    }

    private async Task Lookups(MemberId? own, CancellationToken ct) =>
        ViewData[ProductFormLookups.Key] = await ProductFormLookups.LoadAsync(categories, members, own, ct);
}

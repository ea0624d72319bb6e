using CraftMarket.Identity.Contracts;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features;
using CraftMarket.Catalogue.Features.Categories;
using CraftMarket.Catalogue.Features.Lifecycle;
using CraftMarket.Catalogue.Features.Products;
using CraftMarket.Catalogue.Features.UpdateProduct;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Catalogue.Pages.Account.Products;

/// <summary>
/// Edit a product, submit it for review, and read its history. Makers open their own products;
/// association admins any (also at /admin/catalogue/products/{id}). Anyone else gets "not found".
/// </summary>
[Authorize]
internal sealed class EditModel(ProductReads reads, UpdateProductHandler update, ProductLifecycleHandler lifecycle,
    ManageCategoriesHandler categories, IMemberDirectory members) : PageModel
{
    [BindProperty] public ProductForm Form { get; set; } = new();
    public ProductDto? Product { get; private set; }
    public IReadOnlyList<ChangeDto> History { get; private set; } = [];
    public string? Notice { get; private set; }
    public bool IsAdmin { get; private set; }

    /// <summary>Export desk and inspectors read the product and its history; only makers and admins change it.</summary>
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool saved, bool submitted, CancellationToken ct)
    {
        var actor = Actor.From(HttpContext.Actor());
        if (actor is null && !HttpContext.Actor().IsStaff) return Forbid();
        if (!await Load(id, actor, ct)) return NotFound();
        Form = ProductForm.From(Product!);
        Notice = submitted ? "Sent to the association for review." : saved ? "Saved." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (Actor.From(HttpContext.Actor()) is not { } actor) return Forbid();
        if (!actor.IsAssociationAdmin && await reads.Get(new ProductId(id), actor.Member, ct) is { IsSuccess: true, Value: { } current })
            Form.KeepTranslationsOf(current);   // the household's form has Vietnamese only: the association's translations stay
        var saved = await update.Handle(new ProductId(id), Form.ToRequest(), actor, ct);
        if (saved.IsSuccess) return Redirect($"{Request.PathBase}{Request.Path}?saved=true");
        return await Redisplay(id, actor, saved.Error!, ct);
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct)
    {
        if (Actor.From(HttpContext.Actor()) is not { } actor) return Forbid();
        var submitted = await lifecycle.Submit(new ProductId(id), actor, ct);
        if (submitted.IsSuccess) return Redirect($"{Request.PathBase}{Request.Path}?submitted=true");
        if (!await Load(id, actor, ct)) return NotFound();
        Form = ProductForm.From(Product!);
        ModelState.Clear();
        Form.AddErrors(ModelState, nameof(Form), submitted.Error!);
        if (submitted.Error!.Kind == ErrorKind.Validation) ModelState.AddModelError("", "Fill in the missing texts, save, then submit again.");
        return Page();
    }

    private async Task<IActionResult> Redisplay(Guid id, Actor actor, Error error, CancellationToken ct)
    {
        if (error.Kind == ErrorKind.NotFound || !await Load(id, actor, ct)) return NotFound();
        ModelState.Clear();
        Form.AddErrors(ModelState, nameof(Form), error);
        Form.WithBlankRows();
        return Page();
    }

    private async Task<bool> Load(Guid id, Actor? actor, CancellationToken ct)
    {
        var found = await reads.Get(new ProductId(id), actor?.Member, ct);
        if (found.IsFailure) return false;
        Product = found.Value;
        IsAdmin = actor?.IsAssociationAdmin ?? false;
        CanEdit = actor is not null;
        History = (await reads.History(new ProductId(id), actor?.Member, ct)).Value ?? [];
        ViewData[ProductFormLookups.Key] = await ProductFormLookups.LoadAsync(categories, members, actor?.Member, ct);
        return true;
    }
}

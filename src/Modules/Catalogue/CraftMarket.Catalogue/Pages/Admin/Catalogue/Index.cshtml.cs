using CraftMarket.SharedKernel.Lists;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Features;
using CraftMarket.Catalogue.Features.Categories;
using CraftMarket.Catalogue.Features.Lifecycle;
using CraftMarket.Catalogue.Features.Products;
using CraftMarket.Catalogue.Features.Translation;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Catalogue.Pages.Admin.Catalogue;

/// <summary>
/// The association's review queue (oldest submission first) and its catalogue by status, each product
/// with the languages it still needs and a link to translate it. Staff read; admins translate, approve,
/// request changes with a comment, or archive.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(ProductReads reads, ProductLifecycleHandler lifecycle, ManageCategoriesHandler categories, TranslationLanguages languages)
    : PageModel
{
    [BindProperty(SupportsGet = true)] public ProductStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    /// <summary>Only products still missing a language the village sells in (ADR 0068).</summary>
    [BindProperty(SupportsGet = true)] public bool NeedsTranslation { get; set; }

    /// <summary>English always; French or Japanese where the village sells in them.</summary>
    public IReadOnlyList<string> LanguagesNeeded { get; private set; } = [];

    public PagedList<ProductRow> Products { get; private set; } = new([], 1, 20, 0);
    public IReadOnlyDictionary<Guid, string> CategoryNames { get; private set; } = new Dictionary<Guid, string>();
    public bool CanDecide { get; private set; }
    public string? Notice { get; private set; }
    public int PageCount => Math.Max(1, (Products.Total + Products.PageSize - 1) / Products.PageSize);
    public ProductStatus Showing => Status ?? ProductStatus.Submitted;

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done;
        await Load(ct);
    }

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct) =>
        Decide(actor => lifecycle.Approve(new ProductId(id), actor, ct), "Approved and published.", ct);

    public Task<IActionResult> OnPostRequestChangesAsync(Guid id, string? comment, CancellationToken ct) =>
        Decide(actor => lifecycle.RequestChanges(new ProductId(id), comment, actor, ct), "Sent back to the makers with your comment.", ct);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, CancellationToken ct) =>
        Decide(actor => lifecycle.Archive(new ProductId(id), actor, ct), "Archived.", ct);

    private async Task<IActionResult> Decide(Func<Domain.Actor, Task<Result<ProductDto>>> step, string done, CancellationToken ct)
    {
        if (Actor.From(HttpContext.Actor()) is not { IsAssociationAdmin: true } actor) return Forbid();
        var result = await step(actor);
        if (result.IsSuccess) return Redirect($"{Request.PathBase}{Request.Path}?status={Showing}&done={Uri.EscapeDataString(done)}");
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.AddModelError("", result.Error.Fields?.Values.First()[0] ?? result.Error.Message);
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        CanDecide = Actor.From(HttpContext.Actor()) is { IsAssociationAdmin: true };
        var page = Paging.ClampPage(PageNumber);
        LanguagesNeeded = languages.Needed();
        Products = (await reads.List(null, Showing, page, 20, ct, oldestSubmittedFirst: Showing == ProductStatus.Submitted,
            untranslatedIn: NeedsTranslation ? LanguagesNeeded : null)).Value!;
        CategoryNames = (await categories.List(ct)).ToDictionary(c => c.Id, c => ProductFormLookups.Name(c.Name));
    }
}

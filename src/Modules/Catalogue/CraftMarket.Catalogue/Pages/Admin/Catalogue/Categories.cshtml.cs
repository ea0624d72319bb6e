using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Features.Categories;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Catalogue.Pages.Admin.Catalogue;

/// <summary>The association's taxonomy: add, rename in each language, move up or down, retire when empty.</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class CategoriesModel(ManageCategoriesHandler categories) : PageModel
{
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];
    public string? Notice { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Notice = done;
        Categories = await categories.List(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? vi, string? en, string? fr, string? ja, CancellationToken ct) =>
        await Done(await categories.Create(new CategoryRequest(Names(vi, en, fr, ja)), ct), "Category added.", ct);

    public async Task<IActionResult> OnPostRenameAsync(Guid id, string? vi, string? en, string? fr, string? ja, CancellationToken ct) =>
        await Done(await categories.Rename(new CategoryId(id), new CategoryRequest(Names(vi, en, fr, ja)), ct), "Category renamed.", ct);

    public async Task<IActionResult> OnPostRetireAsync(Guid id, CancellationToken ct) =>
        await Done(await categories.Retire(new CategoryId(id), retire: true, ct), "Category retired.", ct);

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, CancellationToken ct) =>
        await Done(await categories.Retire(new CategoryId(id), retire: false, ct), "Category restored.", ct);

    /// <summary>Moves one category a place up (-1) or down (+1) among the active ones.</summary>
    public async Task<IActionResult> OnPostMoveAsync(Guid id, int by, CancellationToken ct)
    {
        var order = (await categories.List(ct)).Select(c => c.Id).ToList();
        var at = order.IndexOf(id);
        if (at < 0) return NotFound();
        var to = Math.Clamp(at + Math.Sign(by), 0, order.Count - 1);
        (order[at], order[to]) = (order[to], order[at]);
        return await Done(await categories.Reorder(new CategoryOrder(order), ct), "Order saved.", ct);
    }

    private async Task<IActionResult> Done(Result result, string done, CancellationToken ct)
    {
        if (result.IsSuccess) return Redirect($"{Request.PathBase}{Request.Path}?done={Uri.EscapeDataString(done)}");
        if (result.Error!.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.AddErrors(result.Error, inputOf: _ => "");   // one small form per row: every message goes above the list
        Categories = await categories.List(ct);
        return Page();
    }

    private static Dictionary<string, string?> Names(string? vi, string? en, string? fr, string? ja) =>
        new() { ["vi"] = vi, ["en"] = en, ["fr"] = fr, ["ja"] = ja };
}

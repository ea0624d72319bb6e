using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Features.Schemes;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Schemes;

/// <summary>The association admin creates a mark scheme (its criteria come next, as version 1).</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class CreateModel(SchemeEditor editor, ICatalogueCategories categories, ModuleText<QualityMarksText> texts) : PageModel
{
    [BindProperty] public SchemeForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Form.Choices = await categories.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var created = await editor.CreateAsync(Form.ToInput(), ct);
        if (created.IsSuccess) return Redirect($"{Request.PathBase}/admin/quality/schemes/{created.Value!.Id}/versions/new");
        ModelState.Clear();
        ModelState.AddErrors(created.Error!.InPageLanguage(texts), nameof(Form), SchemeForm.InputOf);
        Form.Choices = await categories.ListAsync(ct);
        return Page();
    }
}

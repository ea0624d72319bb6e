using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.Schemes;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Schemes;

/// <summary>One mark: its current criteria and versions, its image, its fields, retiring it.</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class EditModel(SchemeEditor editor, ICatalogueCategories categories, ModuleText<QualityMarksText> texts) : PageModel
{
    [BindProperty] public SchemeForm Form { get; set; } = new();
    public SchemeDto? Scheme { get; private set; }
    public IReadOnlyList<VersionDto> Versions { get; private set; } = [];
    public string? Notice { get; private set; }

    public string KindName(string kind) => CriterionKinds.Label(kind);

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = SchemeForm.From(Scheme!);
        Form.Choices = await categories.ListAsync(ct);
        Notice = CriterionKinds.Notices.Contains(done, StringComparer.Ordinal) ? done : null;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        var saved = await editor.UpdateAsync(new MarkSchemeId(id), Form.ToChanges(), ct);
        return await DoneAsync(id, saved.IsSuccess ? null : saved.Error, "The mark was saved.", keepForm: true, ct);
    }

    public async Task<IActionResult> OnPostImageAsync(Guid id, IFormFile? file, [FromServices] MarkImage images, CancellationToken ct)
    {
        var uploaded = await images.UploadAsync(new MarkSchemeId(id), file, ct);
        return await DoneAsync(id, uploaded.IsSuccess ? null : uploaded.Error, "Image uploaded.", keepForm: false, ct);
    }

    public async Task<IActionResult> OnPostRetireAsync(Guid id, string? reason, CancellationToken ct)
    {
        var retired = await editor.RetireAsync(new MarkSchemeId(id), reason, ct);
        return await DoneAsync(id, retired.Error, "The mark is retired.", keepForm: false, ct);
    }

    private async Task<IActionResult> DoneAsync(Guid id, Error? error, string done, bool keepForm, CancellationToken ct)
    {
        if (error is null) return Redirect($"{Request.PathBase}/admin/quality/schemes/{id}?done={Uri.EscapeDataString(done)}");
        if (error.Kind == ErrorKind.NotFound) return NotFound();
        ModelState.Clear();
        Func<string, string> inputOf = keepForm ? SchemeForm.InputOf : static f => f;   // the image and retire forms name their own inputs
        ModelState.AddErrors(error.InPageLanguage(texts), keepForm ? nameof(Form) : "", inputOf);
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!keepForm) Form = SchemeForm.From(Scheme!);
        Form.IsNew = false;
        Form.Code = Scheme!.Code;
        Form.Choices = await categories.ListAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await editor.GetAsync(new MarkSchemeId(id), ct);
        if (found.IsFailure) return false;
        Scheme = found.Value;
        Versions = (await editor.VersionsAsync(new MarkSchemeId(id), ct)).Value ?? [];
        return true;
    }
}

using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.Schemes;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Schemes;

/// <summary>
/// Publishes a new version of a mark's criteria. Starts from the current criteria plus spare rows;
/// "more rows" posts the form back with more (no JavaScript). Publishing never changes an earlier version.
/// </summary>
[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class PublishModel(SchemeEditor editor, ModuleText<QualityMarksText> texts) : PageModel
{
    public const int SpareRows = 3;
    public const int MostRows = SchemeRules.MaxCriteria + SpareRows;

    [BindProperty] public List<CriterionRow> Rows { get; set; } = [];
    public SchemeDto? Scheme { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Rows = [.. Scheme!.Current?.Criteria.Select(CriterionRow.From) ?? []];
        Rows.AddRange(Enumerable.Range(0, Scheme.Current is null ? 5 : SpareRows).Select(_ => new CriterionRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostMoreRowsAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();   // show the rows as posted, plus the new blank ones
        Rows.AddRange(Enumerable.Range(0, Math.Max(0, Math.Min(SpareRows, MostRows - Rows.Count))).Select(_ => new CriterionRow()));
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        var filled = Rows.Select((row, at) => (row, at)).Where(r => !r.row.IsBlank).ToList();
        var published = await editor.PublishAsync(new MarkSchemeId(id), new VersionInput([.. filled.Select(r => r.row.ToInput())]), ct);
        if (published.IsSuccess) return Redirect($"{Request.PathBase}/admin/quality/schemes/{id}?done={Uri.EscapeDataString("Version published.")}");
        if (published.Error!.Kind == ErrorKind.NotFound || !await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        var rowOf = filled.Select(r => r.at).ToList();
        ModelState.AddErrors(published.Error.InPageLanguage(texts), inputOf: field => CriterionRow.InputOf(field, rowOf));
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await editor.GetAsync(new MarkSchemeId(id), ct);
        Scheme = found.Value;
        return found.IsSuccess;
    }
}

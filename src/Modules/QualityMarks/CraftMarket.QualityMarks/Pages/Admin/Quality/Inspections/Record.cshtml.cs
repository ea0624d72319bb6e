using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Applications;
using CraftMarket.QualityMarks.Features.Inspections;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Inspections;

/// <summary>One criterion's answer on the form: met ("yes"/"no", unanswered when empty), notes; its photos come as files "photos{index}".</summary>
internal sealed class CriterionForm
{
    public string Key { get; set; } = "";
    public string? Met { get; set; }
    public string? Notes { get; set; }
}

internal sealed class DefectForm
{
    public string? Type { get; set; }
    public int? Count { get; set; }
}

/// <summary>
/// The inspector records a visit on the phone without script: criterion by criterion (met or not,
/// notes, photos from the camera), defect rows, sample size, outcome. The form is checked before
/// any photo is stored, then the photos, then the record, the same rules as the API.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
[UploadLimit]
internal sealed class RecordModel(RecordVisit record, ModuleText<QualityMarksText> t) : PageModel
{
    public const int DefectRows = 5;

    [BindProperty] public List<CriterionForm> Findings { get; set; } = [];
    [BindProperty] public List<DefectForm> Defects { get; set; } = [];
    [BindProperty] public int? SampleSize { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public Inspection Visit { get; private set; } = null!;
    public MarkApplication Application { get; private set; } = null!;
    public IReadOnlyList<Criterion> Criteria { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Findings = [.. Criteria.Select(c => new CriterionForm { Key = c.Key })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!await Load(id, ct)) return NotFound();
        if (!RecordVisit.MayRecord(actor)) return Forbid();
        var visit = ToVisit(_ => []);
        if (visit.IsFailure) return Problem(visit.Error!);
        var version = new MarkSchemeVersion(Application.TenantId, Application.SchemeId, Application.SchemeVersion, Criteria, DateTimeOffset.MinValue, "");
        var checkedForm = VisitRules.Check(visit.Value!, version, photos: null);
        if (checkedForm.IsFailure) return Problem(checkedForm.Error!);

        var photos = new Dictionary<string, IReadOnlyList<Guid>>(StringComparer.Ordinal);
        for (var i = 0; i < Findings.Count; i++)
        {
            var files = EvidenceFiles.Chosen(Request.Form.Files.GetFiles($"photos{i}"));
            if (files.Count == 0) continue;
            var stored = await record.AddPhotosAsync(Visit.Id, files, actor, ct);
            if (stored.IsFailure) return Problem(stored.Error!);
            photos[Findings[i].Key] = stored.Value!;
        }
        var recorded = await record.RecordAsync(Visit.Id, ToVisit(key => photos.GetValueOrDefault(key) ?? []).Value!, actor, ct);
        if (recorded.IsFailure) return recorded.Error!.Kind == ErrorKind.Forbidden ? Forbid() : Problem(recorded.Error!);
        return Redirect($"~/admin/quality/applications/{Application.Id.Value}?done=recorded");
    }

    private Result<VisitRecord> ToVisit(Func<string, IReadOnlyList<Guid>> photosOf) => new RecordVisitRequest(
        [.. Findings.Select(f => new FindingInput(f.Key, f.Met switch { "yes" => true, "no" => false, _ => null }, f.Notes, photosOf(f.Key)))],
        [.. Defects.Where(d => !string.IsNullOrWhiteSpace(d.Type) || d.Count is not null).Select(d => new DefectInput(d.Type, d.Count))],
        SampleSize, Outcome, Notes).ToVisit();

    private PageResult Problem(Error error)
    {
        ModelState.Clear();
        var names = Criteria.ToDictionary(c => $"findings[{c.Key}]", c => c.Text.Vi, StringComparer.Ordinal);
        var translated = Vietnamese.InPageLanguage(error, t);
        foreach (var (field, messages) in translated.Fields ?? new Dictionary<string, string[]>())
        foreach (var message in messages)
            ModelState.AddModelError(field, names.TryGetValue(field, out var name) ? $"{name}: {message}" : message);
        if (translated.Fields is null) ModelState.AddModelError("", translated.Message);
        return Page();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await record.LoadAsync(new InspectionId(id), ct) is not { } loaded) return false;
        (Visit, Application) = (loaded.Visit, loaded.Application);
        Criteria = loaded.Version?.Criteria ?? [];
        return true;
    }
}

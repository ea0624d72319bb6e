using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.Applications;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Account.Quality;

/// <summary>
/// A household applies from its phone, without script: one plain multipart form with the mark, its
/// products, a note and photos or PDFs (camera or files); saved as a draft or submitted at once.
/// </summary>
[Authorize(Policy = Policies.Producer)]
[UploadLimit]
internal sealed class NewModel(CreateApplicationHandler create, EvidenceFiles evidence, ApplicationActions actions, HouseholdQuality household,
    ModuleText<QualityMarksText> t) : PageModel
{
    [BindProperty] public Guid? SchemeId { get; set; }
    [BindProperty] public List<Guid> ProductIds { get; set; } = [];
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool SubmitNow { get; set; }

    public IReadOnlyList<OpenScheme> Schemes { get; private set; } = [];
    public IReadOnlyList<MyProduct> Products { get; private set; } = [];

    /// <summary>Set when the draft was saved but a later step (a refused file, submitting) needs the household's attention.</summary>
    public Guid? SavedDraft { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await Load(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!await Load(ct)) return Forbid();
        var created = await create.Handle(new CreateApplicationRequest(SchemeId, null, ProductIds, Note), actor, ct);
        if (created.IsFailure) return Problem(created.Error!);
        var id = created.Value!.Id;
        var files = EvidenceFiles.Chosen(Request.Form.Files);
        if (files.Count > 0)
        {
            var added = await evidence.AddAsync(id, files, null, actor, ct);
            if (added.IsFailure) { SavedDraft = id.Value; return Problem(added.Error!); }
        }
        if (SubmitNow)
        {
            var submitted = await actions.SubmitAsync(id, actor, ct);
            if (submitted.IsFailure) { SavedDraft = id.Value; return Problem(submitted.Error!); }
        }
        return Redirect($"~/account/quality/{id.Value}?done={(SubmitNow ? "submitted" : "saved")}");
    }

    private PageResult Problem(Error error)
    {
        ModelState.Clear();
        ModelState.AddErrors(Vietnamese.Of(error, t), inputOf: field => field.StartsWith("productIds", StringComparison.Ordinal) ? nameof(ProductIds)
            : field == "file" || field == "evidence" ? "Files" : FormErrors.InputOf(field));
        return Page();
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        if (!HttpContext.Actor().IsProducerFor(out var member)) return false;
        Schemes = await household.OpenSchemesAsync(ct);
        Products = await household.ProductsOfAsync(member, ct);
        return true;
    }
}

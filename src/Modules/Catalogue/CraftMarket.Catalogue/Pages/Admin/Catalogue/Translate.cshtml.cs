using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Translation;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Catalogue.Pages.Admin.Catalogue;

/// <summary>
/// The translation page (ADR 0068): the Vietnamese beside one language, field by field, with the
/// glossary's terms and the memory's earlier translations; a machine draft on request, marked until
/// confirmed. Staff read; admins save. Works without script.
/// </summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class TranslateModel(TranslationWorkbench workbench) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Language { get; set; } = "en";
    [BindProperty] public Dictionary<string, string?> Texts { get; set; } = [];
    [BindProperty] public List<string> MachineDrafted { get; set; } = [];
    [BindProperty] public bool Confirmed { get; set; }

    public TranslationView? View { get; private set; }
    public bool CanSave { get; private set; }
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool machine, bool saved, CancellationToken ct)
    {
        var found = await workbench.GetAsync(new ProductId(id), Language, machine, ct);
        if (found.IsFailure) return found.Error!.Kind == ErrorKind.NotFound ? NotFound() : BadRequest();
        View = found.Value;
        Saved = saved;
        CanSave = Actor.From(HttpContext.Actor()) is { IsAssociationAdmin: true };
        Texts = View!.Fields.ToDictionary(f => f.Field, f => f.Target ?? f.MachineDraft);
        MachineDrafted = [.. View.Fields.Where(f => f.Target is null && f.MachineDraft is not null).Select(f => f.Field)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (Actor.From(HttpContext.Actor()) is not { IsAssociationAdmin: true } actor) return Forbid();
        var saved = await workbench.SaveAsync(new ProductId(id), new TranslationInput(Language, Texts, MachineDrafted, Confirmed), actor, ct);
        if (saved.IsSuccess) return Redirect($"{Request.PathBase}{Request.Path}?language={Language}&saved=true");
        if (saved.Error!.Kind == ErrorKind.NotFound) return NotFound();
        var shown = await workbench.GetAsync(new ProductId(id), Language, askMachine: false, ct);
        if (shown.IsFailure) return NotFound();
        View = shown.Value;
        CanSave = true;
        ModelState.Clear();
        foreach (var (field, messages) in saved.Error.Fields ?? new Dictionary<string, string[]> { [""] = [saved.Error.Message] })
            foreach (var message in messages) ModelState.AddModelError(field, message);
        return Page();
    }
}

using CraftMarket.Identity.Contracts;
using CraftMarket.Search.Glossary;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Search.Pages.Admin.Glossary;

/// <summary>The association's craft glossary: one line of comma-separated words per group.</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class IndexModel(GlossaryEditor editor) : PageModel
{
    public IReadOnlyList<GlossaryEntryDto> Entries { get; private set; } = [];
    [BindProperty] public string? Terms { get; set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Entries = await editor.ListAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        await Done((await editor.AddAsync(new GlossaryInput(Split(Terms)), ct)).Error, ct);

    public async Task<IActionResult> OnPostChangeAsync(Guid id, CancellationToken ct) =>
        await Done((await editor.ChangeAsync(id, new GlossaryInput(Split(Terms)), ct)).Error, ct);

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct) => await Done((await editor.RemoveAsync(id, ct)).Error, ct);

    private async Task<IActionResult> Done(SharedKernel.Results.Error? error, CancellationToken ct)
    {
        if (error is null) return RedirectToPage();
        Problem = error.Fields?.Values.SelectMany(v => v).FirstOrDefault() ?? error.Message;
        Entries = await editor.ListAsync(ct);
        return Page();
    }

    private static List<string> Split(string? terms) => terms?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];
}

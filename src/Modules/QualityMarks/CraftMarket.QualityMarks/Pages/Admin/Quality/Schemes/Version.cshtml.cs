using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Features.Schemes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Schemes;

/// <summary>One published version's criteria, as they were published.</summary>
[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class VersionModel(SchemeEditor editor) : PageModel
{
    public VersionDto? Shown { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int version, CancellationToken ct)
    {
        var found = await editor.VersionAsync(new MarkSchemeId(id), version, ct);
        if (found.IsFailure) return NotFound();
        Shown = found.Value;
        return Page();
    }
}

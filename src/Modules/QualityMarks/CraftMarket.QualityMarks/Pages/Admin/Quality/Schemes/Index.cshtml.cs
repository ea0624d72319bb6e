using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Features.Schemes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Schemes;

[Authorize(Policy = Policies.AssociationAdmin)]
internal sealed class IndexModel(SchemeEditor editor) : PageModel
{
    public IReadOnlyList<SchemeDto> Schemes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Schemes = await editor.ListAsync(includeRetired: true, ct);
}

using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Features.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality;

/// <summary>/admin/quality/suspects: the association's codes scanned from too many networks (copied labels), for staff, in Vietnamese.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class SuspectsModel(SuspectCodes suspects, IOptions<VerificationOptions> options) : PageModel
{
    public IReadOnlyList<SuspectCode> Codes { get; private set; } = [];
    public int Threshold => options.Value.Clones.DistinctNetworks;
    public int WindowDays => (int)Math.Round(options.Value.Clones.Window.TotalDays);

    public async Task OnGetAsync(CancellationToken ct) => Codes = await suspects.ListAsync(ct);
}

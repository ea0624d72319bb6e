using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Features.Applications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Account.Quality;

/// <summary>A household's marks on its phone, in Vietnamese: its applications with the next visit, and its certificates.</summary>
[Authorize(Policy = Policies.Producer)]
internal sealed class IndexModel(ApplicationReads reads, HouseholdQuality household) : PageModel
{
    public IReadOnlyList<ApplicationDto> Applications { get; private set; } = [];
    public IReadOnlyList<MyCertificate> Certificates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        if (!actor.IsProducerFor(out var member)) return Forbid();
        var list = await reads.ListAsync(new ApplicationFilter(PageSize: 100), actor, ct);
        Applications = list.Value?.Items ?? [];
        Certificates = await household.CertificatesOfAsync(member, ct);
        return Page();
    }
}

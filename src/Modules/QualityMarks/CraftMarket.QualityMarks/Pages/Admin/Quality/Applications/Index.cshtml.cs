using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Features.Applications;
using CraftMarket.SharedKernel.Lists;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Applications;

/// <summary>The association's applications, newest first, filtered by status or mark (staff, Vietnamese, phone-sized).</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(ApplicationReads reads, HouseholdQuality household) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Scheme { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public ApplicationPage List { get; private set; } = new([], 0, 1, 50);
    public IReadOnlyList<OpenScheme> Schemes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var status = Enum.TryParse<Domain.ApplicationStatus>(Status, out _) ? Status : null;
        var found = await reads.ListAsync(new ApplicationFilter(status, Scheme, null, Paging.ClampPage(PageNumber), 50), HttpContext.Actor(), ct);
        List = found.Value ?? List;
        Schemes = await household.OpenSchemesAsync(ct);
    }
}

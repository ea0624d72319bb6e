using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Features.Certificates;
using CraftMarket.SharedKernel.Lists;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Certificates;

/// <summary>The association's certificates for staff, by state and by how soon they expire; phone first, plain GET form.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(CertificateReads reads, CertificatePageData names) : PageModel
{
    public static readonly IReadOnlyList<int> ExpiringChoices = [7, 30, 60, 90];

    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public int? Expiring { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public PagedList<CertificateDto> Certificates { get; private set; } = new([], 1, 50, 0);
    public IReadOnlyDictionary<Guid, string> Members { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<Guid, string> Schemes { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A hand-edited query shows the unfiltered list rather than an error.
        if (State is { } s && !CertificateFilter.States.Contains(s)) State = null;
        if (Expiring is < 0 or > 3660) Expiring = null;
        var result = await reads.List(new CertificateFilter(State, Expiring, Page: Paging.ClampPage(PageNumber)), HttpContext.Actor(), ct);
        if (result.IsSuccess) Certificates = result.Value!;
        Members = await names.MemberNamesAsync(ct);
        Schemes = await names.SchemeNamesAsync(ct);
        return Page();
    }
}

using CraftMarket.Identity.Contracts;
using CraftMarket.QualityMarks.Features.Inspections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.Inspections;

/// <summary>The inspector's day on the phone: today's visits, then those coming, in Vietnam time.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(InspectionReads reads) : PageModel
{
    public IReadOnlyList<InspectionDto> Today { get; private set; } = [];
    public IReadOnlyList<InspectionDto> Later { get; private set; } = [];
    public string? Me { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = HttpContext.Actor();
        Me = actor.UserId?.ToString();
        Today = (await reads.ListAsync(new VisitFilter(When: "today"), actor, ct)).Value ?? [];
        var today = Today.Select(v => v.Id).ToHashSet();
        Later = [.. ((await reads.ListAsync(new VisitFilter(When: "upcoming"), actor, ct)).Value ?? []).Where(v => !today.Contains(v.Id))];
    }
}

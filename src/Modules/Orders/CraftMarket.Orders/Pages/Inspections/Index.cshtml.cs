using CraftMarket.Identity.Contracts;
using CraftMarket.Orders.Features.Inspections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Orders.Pages.Inspections;

/// <summary>The inspector's queue on the phone: lots households reported ready, the longest waiting first.</summary>
[Authorize(Policy = Policies.AssociationStaff)]
internal sealed class IndexModel(InspectionReads reads) : PageModel
{
    public IReadOnlyList<QueuedLot> Lots { get; private set; } = [];

    /// <summary>The work order just inspected (after the form's redirect), to say it was saved.</summary>
    public Guid? Done { get; private set; }

    public async Task OnGetAsync(Guid? done, CancellationToken ct)
    {
        Response.Headers.CacheControl = "private, no-store";
        Done = done;
        Lots = await reads.QueueAsync(ct);
    }
}

using CraftMarket.Identity.Contracts;
using CraftMarket.Tenancy.Features.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Tenancy.Pages.Admin.Tenants;

[Authorize(Policy = Policies.PlatformAdmin)]
internal sealed class IndexModel(ManageTenants tenants) : PageModel
{
    public IReadOnlyList<TenantView> Tenants { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Tenants = await tenants.ListAsync(ct);
}

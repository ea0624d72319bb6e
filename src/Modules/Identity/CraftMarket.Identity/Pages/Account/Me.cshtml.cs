using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CraftMarket.Identity.Pages.Account;

[Authorize]
internal sealed class MeModel(ITenantContext tenant) : PageModel
{
    public IReadOnlyList<string> RolesHere { get; private set; } = [];
    public string DisplayName { get; private set; } = "";
    public string? BuyerCompany { get; private set; }
    public string? Association => tenant.Slug;

    public void OnGet()
    {
        var actor = HttpContext.Actor();
        RolesHere = [.. actor.TenantRoles.Order(StringComparer.Ordinal)];
        DisplayName = actor.DisplayName;
        BuyerCompany = actor.BuyerCompany;
    }
}

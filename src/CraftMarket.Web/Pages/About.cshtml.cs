using CraftMarket.Tenancy.Contracts;
using CraftMarket.Web.Theming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Pages;

/// <summary>The association: export desk contact, languages, how it prices. The platform host has no such page.</summary>
[StorefrontPage]
internal sealed class AboutModel(ITenantDirectory directory, ITenantContext current) : PageModel
{
    public ResolvedTenant Tenant { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (directory.SettingsOf(current) is not { } tenant) return NotFound();
        Tenant = tenant;
        return Page();
    }
}

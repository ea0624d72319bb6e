using CraftMarket.Tenancy.Contracts;
using CraftMarket.Web.Theming;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CraftMarket.SharedKernel.Caching;

namespace CraftMarket.Web.Pages;

/// <summary>The association: export desk contact, languages, how it prices. The platform host has no such page.</summary>
[StorefrontPage]
internal sealed class AboutModel : PageModel
{
    public ResolvedTenant Tenant { get; private set; } = null!;

    public IActionResult OnGet()
    {
        if (HttpContext.Features.Get<ThemeFeature>()?.Tenant is not { IsActive: true } tenant) return NotFound();
        Tenant = tenant;
        return Page();
    }
}

using System.Security.Claims;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Hosting.Modules;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Web.Navigation;

/// <summary>
/// The layout's menu: every module's <see cref="INavigationContributor"/> entries that this
/// request may show, in order. Storefront, account and admin links belong to an association's
/// site, platform links to the platform host; each link appears only to those its page admits
/// and only where the association runs the module it leads into.
/// </summary>
internal sealed class SiteMenu(IEnumerable<INavigationContributor> contributors, ITenantContext tenant, IModuleSwitches? switches = null)
{
    private readonly IReadOnlyList<NavigationEntry> all =
        [.. contributors.SelectMany(c => c.Entries).OrderBy(e => e.Order).ThenBy(e => e.Href, StringComparer.Ordinal)];

    /// <param name="onAssociationSite">Whether the page is an association's (its brand shows), even one the tenant context refuses, as a suspended one.</param>
    public IReadOnlyList<NavigationEntry> For(ClaimsPrincipal user, bool onAssociationSite) =>
        [.. all.Where(e => (e.Area == NavigationArea.Platform) != onAssociationSite
            && NavigationAudiences.Admits(user, tenant.TenantId, e.Audience)
            && (e.ModuleKey is null || switches?.IsOn(e.ModuleKey) != false))];
}

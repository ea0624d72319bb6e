using System.Security.Claims;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Identity.Contracts;

/// <summary>
/// Who may see a menu link: the same rules as the <see cref="Policies"/> of the pages the links
/// lead to (tenant roles count only in their own association; none on the platform host). The
/// one place the menu reads roles, so it can move onto a single current-actor type unchanged.
/// </summary>
public static class NavigationAudiences
{
    public static bool Admits(ClaimsPrincipal user, TenantId? tenant, NavigationAudience audience)
    {
        if (audience == NavigationAudience.Everyone) return true;
        if (user.Identity?.IsAuthenticated != true) return false;
        return audience switch
        {
            NavigationAudience.PlatformAdmin => user.IsInRole(PlatformRoles.PlatformAdmin),
            NavigationAudience.Buyer => user.IsInRole(PlatformRoles.Buyer),
            NavigationAudience.AssociationAdmin => HoldsIn(user, tenant, [TenantRoles.AssociationAdmin]),
            NavigationAudience.AssociationStaff => HoldsIn(user, tenant, TenantRoles.Staff),
            NavigationAudience.ExportDesk => HoldsIn(user, tenant, [TenantRoles.ExportDesk, TenantRoles.AssociationAdmin]),
            NavigationAudience.Producer => HoldsIn(user, tenant, [TenantRoles.Producer]),
            _ => false,
        };
    }

    private static bool HoldsIn(ClaimsPrincipal user, TenantId? tenant, IReadOnlyList<string> roles) =>
        tenant is { } current && TenantClaims.RolesIn(user, current).Any(roles.Contains);
}

using System.Security.Claims;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Features;

/// <summary>
/// The signed-in user as the catalogue sees them in the current association: an association
/// admin, staff who may read, or a producer acting for their member. Read from the tenant-scoped
/// claims, so a role in Bat Trang means nothing in Van Phuc.
/// </summary>
internal static class Actors
{
    // Identity's display-name claim (CraftMarketClaimsFactory.DisplayName); not in its contracts, so named here.
    private const string DisplayNameClaim = "cm:display_name";

    public static Actor? Of(ClaimsPrincipal user, ITenantContext tenant)
    {
        if (user.Identity?.IsAuthenticated != true || tenant.TenantId is not { } tenantId) return null;
        var roles = TenantClaims.RolesIn(user, tenantId).ToList();
        var member = TenantClaims.MemberIn(user, tenantId) is { } value && Guid.TryParse(value, out var id) ? new MemberId(id) : (MemberId?)null;
        var admin = roles.Contains(TenantRoles.AssociationAdmin);
        if (!admin && !(roles.Contains(TenantRoles.Producer) && member is not null)) return null;
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity.Name ?? "unknown",
            user.FindFirstValue(DisplayNameClaim) ?? user.Identity.Name ?? "unknown", admin ? null : member, admin);
    }

    /// <summary>Association staff (admin, export desk, inspector) read the whole catalogue and its history.</summary>
    public static bool IsStaff(ClaimsPrincipal user, ITenantContext tenant) =>
        tenant.TenantId is { } tenantId && TenantClaims.RolesIn(user, tenantId).Any(TenantRoles.Staff.Contains);
}

using System.Security.Claims;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Media.Features;

/// <summary>Who is acting on a product's photos: one of its makers (a producer), or the association's staff.</summary>
internal sealed record Actor(ProductAccess Product, MemberId? Member, bool IsStaff)
{
    public bool IsMaker => Member is { } m && Product.IsMadeBy(m);
}

/// <summary>
/// The one rule for every photo action: the product must exist in this association (else 404, so
/// another village's products cannot even be probed), and the user must make it or be staff (else 403).
/// </summary>
internal sealed class PhotoAccess(ICatalogue catalogue, ITenantContext tenant)
{
    public async Task<Result<Actor>> ForAsync(ProductId product, ClaimsPrincipal user, CancellationToken ct)
    {
        if (tenant.TenantId is not { } tenantId || user.Identity?.IsAuthenticated != true) return Error.NotFound("product");
        if (await catalogue.FindAccessAsync(product, ct) is not { } access || access.TenantId != tenantId) return Error.NotFound("product");
        var actor = new Actor(access, MemberOf(user, tenantId), IsStaff(user, tenantId));
        return actor.IsMaker || actor.IsStaff
            ? actor
            : Error.Forbidden("Only the product's makers and the association's staff may manage its photos.");
    }

    /// <summary>The member a producer account acts for here; a member claim without the producer role counts for nothing.</summary>
    public static MemberId? MemberOf(ClaimsPrincipal user, TenantId tenant) =>
        TenantClaims.RolesIn(user, tenant).Contains(TenantRoles.Producer)
        && TenantClaims.MemberIn(user, tenant) is { } value && Guid.TryParse(value, out var id) ? new MemberId(id) : null;

    public static bool IsStaff(ClaimsPrincipal user, TenantId tenant) => TenantClaims.RolesIn(user, tenant).Any(TenantRoles.Staff.Contains);
}

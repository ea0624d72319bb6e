using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace CraftMarket.Identity.Authorization;

/// <summary>Holds one of <see cref="Roles"/> in the association the request is for.</summary>
internal sealed record TenantRoleRequirement(IReadOnlyList<string> Roles) : IAuthorizationRequirement;

/// <summary>
/// Compares "{tenantId}:{role}" claims with the request's resolved tenant: a Bat Trang admin is
/// nobody on Van Phuc, and with no tenant (the platform host) nothing passes.
/// </summary>
internal sealed class TenantRoleHandler(ITenantContext tenant) : AuthorizationHandler<TenantRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantRoleRequirement requirement)
    {
        if (tenant.TenantId is { } current && TenantClaims.RolesIn(context.User, current).Any(requirement.Roles.Contains))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

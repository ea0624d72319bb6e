using CraftMarket.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Authorization;

internal static class PolicySetup
{
    public static IServiceCollection AddCraftMarketPolicies(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, TenantRoleHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireAuthenticatedUser().RequireRole(PlatformRoles.PlatformAdmin))
            .AddPolicy(Policies.Buyer, p => p.RequireAuthenticatedUser().RequireRole(PlatformRoles.Buyer))
            .AddPolicy(Policies.AssociationAdmin, p => p.RequireAuthenticatedUser()
                .AddRequirements(new TenantRoleRequirement([TenantRoles.AssociationAdmin])))
            .AddPolicy(Policies.AssociationStaff, p => p.RequireAuthenticatedUser()
                .AddRequirements(new TenantRoleRequirement(TenantRoles.Staff)))
            .AddPolicy(Policies.Producer, p => p.RequireAuthenticatedUser()
                .AddRequirements(new TenantRoleRequirement([TenantRoles.Producer])));
        return services;
    }
}

using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Authorization;

internal static class PolicySetup
{
    public static IServiceCollection AddCraftMarketPolicies(this IServiceCollection services)
    {
        services.AddScoped<ICurrentActor, CurrentActorAccessor>();
        services.AddScoped<IAuditActor, AuditActorFromCurrent>();
        services.AddScoped<IAuthorizationHandler, ActorRequirementHandler>();
        var policies = services.AddAuthorizationBuilder();
        // Signed in first: an anonymous caller is challenged (401 / the sign-in page), never refused.
        foreach (var (name, requirement) in Policies.Requirements)
            policies.AddPolicy(name, p => p.RequireAuthenticatedUser().AddRequirements(requirement));
        return services;
    }
}

using CraftMarket.SharedKernel.Hosting.Navigation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Features.ApiTokens;

/// <summary>Personal API tokens for an association's integrations (ADR 0067).</summary>
internal static class ApiTokensPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(ApiTokenHandler.SchemeName, "Personal API token (cmk_) on /api", _ => { });
        services.AddScoped<PersonalApiTokens>();
        services.AddNavigation(new NavigationEntry(NavigationArea.Account, "API tokens", "~/account/api-tokens", 1160, NavigationAudience.AssociationStaff));
    }

    public static void Map(IEndpointRouteBuilder app) => app.MapApiTokens();
}

using CraftMarket.SharedKernel.Hosting.Navigation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>Public verification of item codes (page and API), the private scan log, clone detection and the suspect-code list (ADR 0042).</summary>
internal static class VerificationPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<VerificationOptions>().BindConfiguration(VerificationOptions.Section);
        services.AddSingleton<ScanHashKey>();
        services.AddSingleton<VillageSites>();
        services.AddScoped<CodeResolution>();
        services.AddScoped<ItemJudgement>();
        services.AddScoped<SuspectCodes>();
        services.AddRateLimiter(o => o.AddPolicy(VerifyRateLimit.Policy, new VerifyRateLimit()));
        // Staff read the registry in Vietnamese (as households do): the link is written in it.
        services.AddNavigation(new NavigationEntry(NavigationArea.Admin, "Mã nghi bị sao chép", "~/admin/quality/suspects", 1560, NavigationAudience.AssociationStaff)
        {
            TextLanguage = "vi",
        });
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        VerifyEndpoint.Map(app);
        SuspectCodes.Map(app);
    }
}

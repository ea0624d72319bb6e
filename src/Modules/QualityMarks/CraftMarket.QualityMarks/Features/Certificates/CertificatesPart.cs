using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Hosting.Navigation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>Certificates: grant, suspend, revoke, reinstate, renew; the audit; reminders before expiry and the expiry job; the storefront's badges; who holds a mark (for joint orders).</summary>
internal static class CertificatesPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<GrantCertificateHandler>();
        services.AddScoped<CertificateTransitions>();
        services.AddScoped<CertificateReads>();
        services.AddScoped<IQualityMarkBadges, QualityMarkBadges>();
        services.AddScoped<IMarkHolders, MarkHolders>();
        services.AddScoped<Pages.Admin.Quality.Certificates.CertificatePageData>();
        services.AddSingleton<CertificateExpiry>();
        services.AddOptions<CertificateJobOptions>().BindConfiguration("CraftMarket:QualityMarks");
        services.AddHostedService<CertificateExpiryJob>();
        services.AddNavigation(new NavigationEntry(NavigationArea.Admin, "Chứng nhận nhãn", "~/admin/quality/certificates", 1420,
            NavigationAudience.AssociationStaff) { TextLanguage = "vi" });
    }

    public static void Map(IEndpointRouteBuilder app) => CertificateEndpoints.Map(app);
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>Certificates: grant, suspend, revoke, reinstate, renew; the audit; reminders before expiry and the expiry job; the storefront's badges.</summary>
internal static class CertificatesPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}

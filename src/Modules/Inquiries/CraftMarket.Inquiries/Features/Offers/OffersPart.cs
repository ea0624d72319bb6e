using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>Offers to households (SMS, phone page in Vietnamese), their answers (accept, decline, counter), deadlines and reminders, re-allocation of declined shares.</summary>
internal static class OffersPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}

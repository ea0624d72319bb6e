using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>Joint quote versions, pricing, currency and rate, the quote PDF, the buyer's acceptance (QuoteAccepted, capacity commitments) and expiry.</summary>
internal static class QuotesPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}

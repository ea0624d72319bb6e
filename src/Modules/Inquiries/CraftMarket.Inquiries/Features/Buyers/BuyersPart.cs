using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>The buyer's side after sending: their inquiries, status, thread, quote versions, acceptance from the page, e-mails when something changes, GET /api/inquiries/{id}.</summary>
internal static class BuyersPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}

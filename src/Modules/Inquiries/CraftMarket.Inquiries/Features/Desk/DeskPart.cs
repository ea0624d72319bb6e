using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.Desk;

/// <summary>The export desk's inbox and inquiry page: status, assignee, time to first response, filters, internal notes, messages to the buyer, decline; trade settings.</summary>
internal static class DeskPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}

using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>The buyer's inquiry list across a browsing session, "Request a quote" on product pages, sending (one inquiry per village) with the checks a buyer understands (MOQ, case size, lead time), attachments, POST /api/inquiries.</summary>
internal static class ListPart
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}

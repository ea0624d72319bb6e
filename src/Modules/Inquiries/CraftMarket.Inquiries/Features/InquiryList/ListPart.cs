using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>The buyer's inquiry list across a browsing session, "Request a quote" on product pages, sending (one inquiry per village) with the checks a buyer understands (MOQ, case size, lead time), attachments, POST /api/inquiries.</summary>
internal static class ListPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<ListCookie>();
        services.AddSingleton<IPersonalPart, InquiryListCount>();
        services.AddSingleton<VillageScopes>();
        services.AddScoped<VillageLinks>();
        services.AddScoped<InquirySender>();
        services.AddScoped<ListView>();
        services.AddIntegrationEventHandler<Contracts.InquiryChanged, DeskNotice>();
        // No menu entry of its own: the layout shows "Inquiry list" with its count wherever a part
        // named "inquiry-list-count" is registered (the count is personal, filled in the browser: ADR 0050).
    }

    public static void Map(IEndpointRouteBuilder app) => InquiryEndpoints.Map(app);
}

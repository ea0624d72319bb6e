using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Hosting.Navigation;
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
        services.AddNavigation(
            new NavigationEntry(NavigationArea.Storefront, "Inquiry list", "~/inquiry-list", 400, NavigationAudience.Everyone),
            new NavigationEntry(NavigationArea.Platform, "Inquiry list", "~/inquiry-list", 400, NavigationAudience.Everyone));
    }

    public static void Map(IEndpointRouteBuilder app) => InquiryEndpoints.Map(app);
}

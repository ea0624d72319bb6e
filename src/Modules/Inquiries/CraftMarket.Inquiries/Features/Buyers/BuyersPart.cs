using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Hosting.Navigation;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.Buyers;

/// <summary>The buyer's side after sending: their inquiries, status, thread, quote versions, acceptance from the page, e-mails when something changes, GET /api/inquiries/{id}.</summary>
internal static class BuyersPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<BuyerInquiryReads>();
        services.AddScoped<MyInquiriesCrossTenant>();
        services.AddScoped<WithdrawInquiry>();
        services.AddSingleton<VillageSite>();
        services.AddSingleton<BuyerMails>();
        services.AddIntegrationEventHandler<InquiryChanged, InquiryChangedMailer>();
        // On a village's site its inquiries; on the platform host every village's (one link per site).
        services.AddNavigation(
            new NavigationEntry(NavigationArea.Account, "My inquiries", "~/account/inquiries", 450, NavigationAudience.Buyer),
            new NavigationEntry(NavigationArea.Platform, "My inquiries", "~/account/inquiries", 450, NavigationAudience.Buyer));
    }

    public static void Map(IEndpointRouteBuilder app) => BuyerEndpoints.Map(app);
}

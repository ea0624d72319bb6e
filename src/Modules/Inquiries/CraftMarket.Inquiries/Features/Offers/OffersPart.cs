using CraftMarket.SharedKernel.Hosting.Navigation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>Offers to households (SMS, phone page in Vietnamese), their answers (accept, decline, counter), deadlines and reminders; the desk's view of the answers.</summary>
internal static class OffersPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<SendOffers>();
        services.AddScoped<AnswerOffer>();
        services.AddScoped<OfferReads>();
        services.AddScoped<OfferTexts>();
        services.AddSingleton<OfferDeadlines>();
        services.AddOptions<OfferJobOptions>().BindConfiguration("CraftMarket:Inquiries");
        services.AddHostedService<OfferDeadlinesJob>();
        services.AddNavigation(new NavigationEntry(NavigationArea.Account, "Đơn hàng được mời", "~/account/offers", 1460, NavigationAudience.Producer)
            { TextLanguage = "vi" });
    }

    public static void Map(IEndpointRouteBuilder app) => OfferEndpoints.Map(app);
}

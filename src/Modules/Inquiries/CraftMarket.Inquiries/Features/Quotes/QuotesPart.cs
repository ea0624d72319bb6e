using CraftMarket.Inquiries.Features.Quotes.Pdf;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>Joint quote versions, pricing, currency and rate, the quote PDF, the buyer's acceptance (QuoteAccepted, capacity commitments) and expiry.</summary>
internal static class QuotesPart
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<QuoteDrafts>();
        services.AddScoped<QuoteReads>();
        services.AddScoped<SendQuote>();
        services.AddScoped<AcceptQuote>();
        services.AddScoped<DeclineQuote>();
        services.AddScoped<QuotePdf>();
        services.AddSingleton<QuoteExpiry>();
        services.AddOptions<QuoteJobOptions>().BindConfiguration("CraftMarket:Inquiries");
        services.AddHostedService<QuoteExpiryJob>();
    }

    public static void Map(IEndpointRouteBuilder app) => QuoteEndpoints.Map(app);
}

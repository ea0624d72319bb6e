using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CraftMarket.Orders.Features.Stripe;

/// <summary>Card payments through Stripe Checkout for the deposit and the balance, the verified webhook processed once through the inbox, refunds.</summary>
internal static class StripePart
{
    public static void Add(IServiceCollection services)
    {
        services.AddOptions<StripeOptions>().BindConfiguration(StripeOptions.Section);
        services.AddSingleton<StripeApi>();
        services.AddScoped<StripeCardPayments>();
        services.AddScoped<StripeWebhook>();
        // Card payment is offered only with both the secret key and the webhook secret (read when first asked,
        // from configuration); otherwise the module's NoCardPayments stays and the buyer sees bank transfer only.
        services.Replace(ServiceDescriptor.Scoped<ICardPayments>(sp =>
            sp.GetRequiredService<IOptions<StripeOptions>>().Value.IsConfigured
                ? sp.GetRequiredService<StripeCardPayments>()
                : new NoCardPayments()));
        services.AddIntegrationEventHandler<RefundRequested, StripeRefunds>();
    }

    public static void Map(IEndpointRouteBuilder app) => StripeEndpoints.Map(app);
}

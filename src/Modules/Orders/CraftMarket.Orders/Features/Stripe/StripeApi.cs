using Microsoft.Extensions.Options;
using global::Stripe;
using global::Stripe.Checkout;

namespace CraftMarket.Orders.Features.Stripe;

/// <summary>
/// The Stripe services this part calls, on one <see cref="StripeClient"/> for the process: the secret
/// key and API base from <see cref="StripeOptions"/> (a test's local stub answers on 127.0.0.1), one
/// pooled HttpClient (connections recycled every few minutes, so DNS changes are seen). Stripe.net
/// retries network failures itself; every create carries an idempotency key, so a retry never doubles.
/// </summary>
internal sealed class StripeApi : IDisposable
{
    private readonly HttpClient http;

    public StripeApi(IOptions<StripeOptions> options)
    {
        var o = options.Value;
        if (!o.IsConfigured) throw new InvalidOperationException("Stripe is not configured (CraftMarket:Stripe:SecretKey and WebhookSecret).");
        http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) };
        var client = new StripeClient(new StripeClientOptions
        {
            ApiKey = o.SecretKey,
            ApiBase = string.IsNullOrWhiteSpace(o.ApiBase) ? StripeOptions.DefaultApiBase : o.ApiBase.TrimEnd('/'),
            HttpClient = new SystemNetHttpClient(http, maxNetworkRetries: 2),
        });
        Sessions = new SessionService(client);
        Intents = new PaymentIntentService(client);
        Refunds = new RefundService(client);
    }

    public SessionService Sessions { get; }
    public PaymentIntentService Intents { get; }
    public RefundService Refunds { get; }

    public void Dispose() => http.Dispose();
}

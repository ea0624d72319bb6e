namespace CraftMarket.Orders.Features.Stripe;

/// <summary>
/// Bound from <c>CraftMarket:Stripe</c> (ADR 0055). One Stripe account for the platform: card payments
/// are offered only when both the secret key and the webhook endpoint's signing secret are set.
/// </summary>
internal sealed class StripeOptions
{
    public const string Section = "CraftMarket:Stripe";
    public const string DefaultApiBase = "https://api.stripe.com";

    /// <summary>sk_test_… or sk_live_… (or a restricted key allowed Checkout Sessions, PaymentIntents and Refunds).</summary>
    public string? SecretKey { get; set; }

    /// <summary>whsec_…: the signing secret of the endpoint /api/payments/stripe/webhook.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Stripe's API; a test points it at a local stub.</summary>
    public string ApiBase { get; set; } = DefaultApiBase;

    /// <summary>How old a signed webhook may be (replays of older deliveries are refused).</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);
}

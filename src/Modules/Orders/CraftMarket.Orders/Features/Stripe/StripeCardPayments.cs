using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RequestOptions = global::Stripe.RequestOptions;
using StripeException = global::Stripe.StripeException;
using Checkout = global::Stripe.Checkout;

namespace CraftMarket.Orders.Features.Stripe;

/// <summary>A card checkout opened for the buyer: the pending payment and Stripe's hosted page.</summary>
internal sealed record CardCheckout(PaymentId PaymentId, Uri Url);

/// <summary>
/// Card payment through Stripe Checkout (ADR 0055). What is due now (the deposit, or the balance) is
/// written first as a pending <see cref="Payment"/>, so a webhook can always find it; then Stripe opens
/// a hosted checkout for exactly that amount in the order's currency, with the payment's id as the
/// idempotency key (a retry after a lost answer gets the same session, never a second one) and in
/// the metadata of both the session and its PaymentIntent (a <c>payment_intent.succeeded</c> arriving
/// first still finds its payment). Nothing is counted here: only the verified webhook counts money.
/// </summary>
internal sealed class StripeCardPayments(OrdersDb db, StripeApi stripe, TimeProvider clock, ILogger<StripeCardPayments> log) : ICardPayments
{
    /// <summary>How long a checkout stays open; an unpaid one expires and its payment is cancelled by webhook.</summary>
    public static readonly TimeSpan CheckoutLifetime = TimeSpan.FromHours(2);

    /// <summary>An open checkout is offered again (not a second one) while this much of its life is left.</summary>
    private static readonly TimeSpan ReuseMargin = TimeSpan.FromMinutes(15);

    public bool IsAvailable => true;

    public async Task<Result<Uri>> StartCheckoutAsync(Order order, PaymentPurpose purpose, Uri returnBase, CancellationToken ct)
    {
        var opened = await OpenAsync(order, purpose, returnBase, ct);
        return opened.IsSuccess ? opened.Value!.Url : opened.Error!;
    }

    public async Task<Result<CardCheckout>> OpenAsync(Order order, PaymentPurpose purpose, Uri returnBase, CancellationToken ct)
    {
        var due = DueNow(order, purpose);
        if (due.IsFailure) return due.Error!;
        var amount = due.Value!;
        var now = clock.GetUtcNow();

        // A second click (or a second tab) gets the checkout already open for the same amount, not a second chance to pay twice.
        var open = await db.Payments.AsNoTracking()
            .Where(p => p.OrderId == order.Id && p.Method == PaymentMethod.Card && p.Purpose == purpose && p.Status == PaymentStatus.Pending
                && p.CheckoutUrl != null)
            .ToListAsync(ct);
        if (open.Where(p => p.AmountMinor == amount.MinorUnits && p.CurrencyCode == amount.Currency.Code && now < p.CreatedAt + CheckoutLifetime - ReuseMargin)
                .OrderByDescending(p => p.CreatedAt).FirstOrDefault() is { } reusable)
            return new CardCheckout(reusable.Id, new Uri(reusable.CheckoutUrl!));

        var payment = new Payment(order.TenantId, order.Id, PaymentMethod.Card, purpose, amount, now);
        db.Payments.Add(payment);
        await db.SaveChangesAsync(ct);

        Checkout.Session session;
        try
        {
            session = await stripe.Sessions.CreateAsync(SessionFor(order, payment, returnBase, now),
                new RequestOptions { IdempotencyKey = "checkout-" + payment.Id }, ct);
        }
        catch (StripeException e)
        {
            log.LogError(e, "Stripe refused a checkout for payment {Payment} of order {Order}", payment.Id, order.Number);
            payment.Status = PaymentStatus.Failed;
            payment.Note = "Stripe refused the checkout: " + Truncate(e.StripeError?.Message ?? e.Message, Payment.NoteMax - 40);
            payment.Revision++;
            await db.SaveChangesAsync(ct);
            return Error.Conflict("payments.card-failed", "Card payment could not be opened just now. Try again later, or pay by bank transfer.");
        }

        payment.StripeCheckoutSessionId = session.Id;
        payment.CheckoutUrl = session.Url;
        if (!string.IsNullOrEmpty(session.PaymentIntentId)) payment.StripePaymentIntentId = session.PaymentIntentId;
        payment.Revision++;
        await db.SaveChangesAsync(ct);
        return new CardCheckout(payment.Id, new Uri(session.Url));
    }

    /// <summary>The deposit while the order waits for it; the balance once production started and before it closes.</summary>
    public static Result<Money> DueNow(Order order, PaymentPurpose purpose)
    {
        var due = purpose switch
        {
            PaymentPurpose.Deposit when order.State == OrderState.AwaitingDeposit => order.DepositDue,
            PaymentPurpose.Balance when order.State is OrderState.InProduction or OrderState.QualityControl or OrderState.AwaitingBalance
                or OrderState.ReadyToShip or OrderState.Shipped or OrderState.Delivered => order.BalanceDue,
            _ => Money.Zero(order.Currency),
        };
        return due.IsPositive
            ? due
            : Error.Conflict("payments.nothing-due", purpose == PaymentPurpose.Deposit
                ? "No deposit is due on this order now."
                : "No balance is due on this order now.");
    }

    private static Checkout.SessionCreateOptions SessionFor(Order order, Payment payment, Uri returnBase, DateTimeOffset now)
    {
        var back = new Uri(returnBase, $"account/orders/{order.Id.Value}/card-return?payment={payment.Id.Value}").AbsoluteUri;
        var metadata = StripeMetadata.For(payment);
        return new Checkout.SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = payment.Id.Value.ToString(),
            CustomerEmail = string.IsNullOrWhiteSpace(order.Buyer.Email) ? null : order.Buyer.Email,
            SuccessUrl = back,
            CancelUrl = back,
            ExpiresAt = (now + CheckoutLifetime).UtcDateTime,
            Locale = order.Buyer.Language switch { "fr" => "fr", "ja" => "ja", "vi" => "vi", _ => "en" },
            Metadata = metadata,
            PaymentIntentData = new Checkout.SessionPaymentIntentDataOptions
            {
                Metadata = new Dictionary<string, string>(metadata, StringComparer.Ordinal),
                Description = $"{LineName(payment.Purpose, order.Number)} ({order.SellerName})",
            },
            LineItems =
            [
                new Checkout.SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new Checkout.SessionLineItemPriceDataOptions
                    {
                        Currency = StripeAmounts.Code(payment.Amount.Currency),
                        UnitAmount = StripeAmounts.UnitAmount(payment.Amount),
                        ProductData = new Checkout.SessionLineItemPriceDataProductDataOptions { Name = LineName(payment.Purpose, order.Number) },
                    },
                },
            ],
        };
    }

    public static string LineName(PaymentPurpose purpose, string orderNumber) =>
        purpose == PaymentPurpose.Deposit ? $"Deposit for order {orderNumber}" : $"Balance for order {orderNumber}";

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>What Stripe keeps on our behalf, so an event that names no association still leads to its payment.</summary>
internal static class StripeMetadata
{
    public const string TenantId = "tenant_id", OrderId = "order_id", PaymentId = "payment_id", Purpose = "purpose", RefundId = "refund_id";

    public static Dictionary<string, string> For(Payment payment) => new(StringComparer.Ordinal)
    {
        [TenantId] = payment.TenantId.Value.ToString(),
        [OrderId] = payment.OrderId.Value.ToString(),
        [PaymentId] = payment.Id.Value.ToString(),
        [Purpose] = payment.Purpose.ToString(),
    };

    public static Guid? Read(IDictionary<string, string>? metadata, string key) =>
        metadata is not null && metadata.TryGetValue(key, out var text) && Guid.TryParse(text, out var id) ? id : null;
}

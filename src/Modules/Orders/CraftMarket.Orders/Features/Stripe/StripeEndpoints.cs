using System.Text;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Orders.Contracts;
using CraftMarket.Orders.Data;
using CraftMarket.Orders.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using EventUtility = global::Stripe.EventUtility;
using StripeException = global::Stripe.StripeException;

namespace CraftMarket.Orders.Features.Stripe;

/// <summary>What the buyer pays by card now.</summary>
internal sealed record CheckoutRequest(PaymentPurpose? Purpose);

/// <summary>The pending card payment and Stripe's hosted checkout to send the buyer to.</summary>
internal sealed record CheckoutStarted(PaymentId PaymentId, Uri Url);

/// <summary>POST /api/orders/{id}/checkout (the buyer who owns the order) and POST /api/payments/stripe/webhook (Stripe, signed).</summary>
internal static class StripeEndpoints
{
    /// <summary>Stripe's events are a few kilobytes; anything near this is not Stripe.</summary>
    public const int WebhookMaxBytes = 256 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/orders/{id:guid}/checkout", async Task<Results<Created<CheckoutStarted>, ValidationProblem, ProblemHttpResult>> (Guid id, CheckoutRequest? body,
                CurrentActor actor, HttpContext http, OrdersDb db, ICardPayments cards, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "private, no-store";
                if (body?.Purpose is not { } purpose)
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["purpose"] = ["Say what to pay: Deposit or Balance."] });
                var orderId = new OrderId(id);
                if (await db.Orders.FirstOrDefaultAsync(o => o.Id == orderId && o.Buyer.UserId == actor.UserId, ct) is not { } order)
                    return (ProblemHttpResult)Error.NotFound("order").ToProblem();
                if (cards is not StripeCardPayments stripe)
                    return (ProblemHttpResult)(await cards.StartCheckoutAsync(order, purpose, ReturnBase(http), ct)).Error!.ToProblem();
                var opened = await stripe.OpenAsync(order, purpose, ReturnBase(http), ct);
                if (opened.IsFailure) return (ProblemHttpResult)opened.Error!.ToProblem();
                return TypedResults.Created($"/api/orders/{id}/payments", new CheckoutStarted(opened.Value!.PaymentId, opened.Value.Url));
            })
            .RequireActor(ActorRequirement.InAssociation)
            .RequireActor(ActorRequirement.Buyer)
            .WithTags("Payments")
            .WithName("StartCardCheckout")
            .WithSummary("The buyer who owns the order opens a Stripe Checkout for what is due now (purpose Deposit: the deposit still " +
                "due while the order awaits it; Balance: the balance once production started). 201 with the pending payment's id and the " +
                "checkout URL; an open checkout for the same amount is answered again. 404 for anyone else's order; 409 when nothing is " +
                "due or card payment is not offered. Money is counted only by Stripe's webhook.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/api/payments/stripe/webhook", async Task<Results<Ok, ProblemHttpResult>> (HttpContext http, IOptions<StripeOptions> options,
                TimeProvider clock, ILoggerFactory logs, CancellationToken ct) =>
            {
                var settings = options.Value;
                if (!settings.IsConfigured)
                    return TypedResults.Problem("Card payments are not configured on this site.", statusCode: 404, title: "Not found");
                if (await ReadBodyAsync(http, ct) is not { } json)
                    return TypedResults.Problem($"A Stripe event has at most {WebhookMaxBytes / 1024} KB.", statusCode: 413, title: "Too large");

                global::Stripe.Event stripeEvent;
                try
                {
                    stripeEvent = EventUtility.ConstructEvent(json, http.Request.Headers["Stripe-Signature"].ToString(), settings.WebhookSecret,
                        settings.WebhookToleranceSeconds, clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
                }
                catch (Exception e) when (e is StripeException or Newtonsoft.Json.JsonException or ArgumentException)
                {
                    logs.CreateLogger(typeof(StripeEndpoints)).LogWarning("Stripe webhook refused: {Reason}", e.Message);
                    return TypedResults.Problem("The Stripe-Signature header is missing, does not match the payload, or is too old.",
                        statusCode: 400, title: "Invalid signature");
                }

                try
                {
                    await http.RequestServices.GetRequiredService<StripeWebhook>().HandleAsync(stripeEvent, ct);
                }
                catch (StripeException e)
                {
                    logs.CreateLogger(typeof(StripeEndpoints)).LogError(e, "Stripe event {Event}: Stripe could not be asked for the current state", stripeEvent.Id);
                    return TypedResults.Problem("Stripe could not be reached to read the payment's state; deliver the event again later.",
                        statusCode: 503, title: "Try again");
                }
                return TypedResults.Ok();
            })
            .AllowAnonymous()
            .DisableAntiforgery()   // signed by Stripe, read raw; never a form
            .WithMetadata(new RequestSizeLimitAttribute(WebhookMaxBytes))
            .WithTags("Payments")
            .WithName("StripeWebhook")
            .WithSummary("Stripe's events (checkout.session.completed/expired, payment_intent.succeeded, charge.refunded, refund.updated), " +
                "verified with the endpoint's signing secret and timestamp tolerance (400 otherwise) and processed once per event id " +
                "(a repeat answers 200 and changes nothing). Acts on the object's current state read back from Stripe, whatever the " +
                "order the events arrive in; other event types are acknowledged and ignored.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Where Stripe sends the buyer back: this site, as the buyer reached it (village host or /v/{slug} path form).</summary>
    public static Uri ReturnBase(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");

    /// <summary>The raw body (the signature is over its exact bytes), or null above the limit.</summary>
    private static async Task<string?> ReadBodyAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } max) max.MaxRequestBodySize = WebhookMaxBytes;
        if (http.Request.ContentLength > WebhookMaxBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > WebhookMaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>/api/integrations/webhooks: the association admin's endpoints, their secrets, the delivery log and replay.</summary>
internal static class WebhookApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/integrations/webhooks").WithTags("Integrations: webhooks").RequireActor(ActorRequirement.AssociationAdmin);

        api.MapGet("/", async (WebhookAdmin admin, CancellationToken ct) => TypedResults.Ok(await admin.ListAsync(ct)))
            .WithName("ListWebhookEndpoints")
            .WithSummary("The association's webhook endpoints (never their secrets).");

        api.MapPost("/", async (WebhookEndpointRequest request, WebhookAdmin admin, CancellationToken ct) =>
                (await admin.CreateAsync(request, ct)).ToCreated(c => $"/api/integrations/webhooks/{c.Endpoint.Id}"))
            .WithName("CreateWebhookEndpoint")
            .WithSummary("Register an HTTPS endpoint (public addresses only) and the event types it follows; the answer carries its signing secret, shown this once.")
            .Produces<CreatedWebhookEndpointDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/{id:guid}", async (Guid id, WebhookAdmin admin, CancellationToken ct) => (await admin.GetAsync(id, ct)).ToHttp())
            .WithName("GetWebhookEndpoint")
            .WithSummary("One endpoint.")
            .Produces<WebhookEndpointDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/{id:guid}", async (Guid id, WebhookEndpointRequest request, WebhookAdmin admin, CancellationToken ct) =>
                (await admin.UpdateAsync(id, request, ct)).ToHttp())
            .WithName("UpdateWebhookEndpoint")
            .WithSummary("Change an endpoint's URL, description and event types.")
            .Produces<WebhookEndpointDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/{id:guid}", async (Guid id, WebhookAdmin admin, CancellationToken ct) => (await admin.DeleteAsync(id, ct)).ToHttp())
            .WithName("DeleteWebhookEndpoint")
            .WithSummary("Delete an endpoint with its delivery log.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/{id:guid}/rotate-secret", async (Guid id, WebhookAdmin admin, CancellationToken ct) => (await admin.RotateAsync(id, ct)).ToHttp())
            .WithName("RotateWebhookSecret")
            .WithSummary("A new signing secret, shown this once; the previous one keeps signing (a second signature) for the grace period.")
            .Produces<RotatedSecretDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/{id:guid}/enable", async (Guid id, WebhookAdmin admin, CancellationToken ct) => (await admin.EnableAsync(id, ct)).ToHttp())
            .WithName("EnableWebhookEndpoint")
            .WithSummary("Switch an endpoint on again after it was switched off for failing (its failure count starts again at 0).")
            .Produces<WebhookEndpointDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/{id:guid}/deliveries", async (Guid id, string? status, int? limit, WebhookAdmin admin, CancellationToken ct) =>
                (await admin.DeliveriesAsync(id, status, limit, ct)).ToHttp())
            .WithName("ListWebhookDeliveries")
            .WithSummary("The endpoint's deliveries, newest first (status pending, succeeded or failed; limit up to 200), each with its attempts: status code, duration, error, the first bytes of the answer.")
            .Produces<IReadOnlyList<WebhookDeliveryDto>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/deliveries/{deliveryId:guid}/replay", async (Guid deliveryId, WebhookAdmin admin, CancellationToken ct) =>
                (await admin.ReplayAsync(deliveryId, ct)).ToHttp())
            .WithName("ReplayWebhookDelivery")
            .WithSummary("Send a delivery again now: a new attempt with the same webhook-id and body.")
            .Produces<WebhookDeliveryDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

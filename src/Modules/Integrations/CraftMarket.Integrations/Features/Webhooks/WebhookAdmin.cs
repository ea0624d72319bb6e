using CraftMarket.Integrations.Data;
using CraftMarket.Integrations.Domain;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>
/// The association admin's endpoints: register (the secret shown once), change, delete, rotate the
/// secret (the old one signs on for the grace period), switch back on after automatic disabling, read
/// the delivery log and replay a delivery. Every id is looked up in the current association only:
/// another association's endpoint or delivery is "not found".
/// </summary>
internal sealed class WebhookAdmin(IntegrationsDb db, EndpointUrl urls, WebhookSecrets secrets, IOptions<WebhookOptions> options, TimeProvider clock)
{
    public const int MaxEndpoints = 20;

    public async Task<IReadOnlyList<WebhookEndpointDto>> ListAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Endpoints.AsNoTracking().ToListAsync(ct);
        return [.. rows.OrderBy(e => e.CreatedAt).Select(e => WebhookEndpointDto.From(e, now))];
    }

    public async Task<Result<WebhookEndpointDto>> GetAsync(Guid id, CancellationToken ct) =>
        await db.Endpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } e
            ? WebhookEndpointDto.From(e, clock.GetUtcNow()) : Error.NotFound("webhook endpoint");

    public async Task<Result<CreatedWebhookEndpointDto>> CreateAsync(WebhookEndpointRequest request, CancellationToken ct)
    {
        if (await ValidateAsync(request, ct) is { } invalid) return invalid;
        if (await db.Endpoints.CountAsync(ct) >= MaxEndpoints)
            return Error.Conflict("too_many_endpoints", $"An association may register at most {MaxEndpoints} endpoints: delete one first.");
        var now = clock.GetUtcNow();
        var secret = WebhookSecrets.New();
        var endpoint = new WebhookEndpoint
        {
            TenantId = db.Tenant, Url = request.Url!.Trim(), Description = (request.Description ?? "").Trim(),
            EventTypes = string.Join(',', Types(request)), CreatedAt = now, UpdatedAt = now, SecretRotatedAt = now,
            ProtectedSecret = secrets.Protect(secret),
        };
        db.Endpoints.Add(endpoint);
        await db.SaveChangesAsync(ct);
        return new CreatedWebhookEndpointDto(WebhookEndpointDto.From(endpoint, now), secret);
    }

    public async Task<Result<WebhookEndpointDto>> UpdateAsync(Guid id, WebhookEndpointRequest request, CancellationToken ct)
    {
        if (await db.Endpoints.FirstOrDefaultAsync(e => e.Id == id, ct) is not { } endpoint) return Error.NotFound("webhook endpoint");
        if (await ValidateAsync(request, ct) is { } invalid) return invalid;
        var now = clock.GetUtcNow();
        endpoint.Url = request.Url!.Trim();
        endpoint.Description = (request.Description ?? "").Trim();
        endpoint.EventTypes = string.Join(',', Types(request));
        endpoint.Touch(now);
        return await SaveAsync(endpoint, now, ct);
    }

    public async Task<Result> DeleteAsync(Guid id, CancellationToken ct)
    {
        if (await db.Endpoints.FirstOrDefaultAsync(e => e.Id == id, ct) is not { } endpoint) return Result.NotFound("webhook endpoint");
        await db.Attempts.Where(a => a.EndpointId == id).ExecuteDeleteAsync(ct);
        await db.Deliveries.Where(d => d.EndpointId == id).ExecuteDeleteAsync(ct);
        db.Endpoints.Remove(endpoint);
        await db.SaveChangesAsync(ct);
        return Result.Ok();
    }

    public async Task<Result<RotatedSecretDto>> RotateAsync(Guid id, CancellationToken ct)
    {
        if (await db.Endpoints.FirstOrDefaultAsync(e => e.Id == id, ct) is not { } endpoint) return Error.NotFound("webhook endpoint");
        var now = clock.GetUtcNow();
        var secret = WebhookSecrets.New();
        var until = now + options.Value.SecretGracePeriod;
        endpoint.PreviousProtectedSecret = endpoint.ProtectedSecret;
        endpoint.PreviousSecretUntil = until;
        endpoint.ProtectedSecret = secrets.Protect(secret);
        endpoint.SecretRotatedAt = now;
        endpoint.Touch(now);
        var saved = await SaveAsync(endpoint, now, ct);
        return saved.IsFailure ? saved.Error! : new RotatedSecretDto(secret, until);
    }

    public async Task<Result<WebhookEndpointDto>> EnableAsync(Guid id, CancellationToken ct)
    {
        if (await db.Endpoints.FirstOrDefaultAsync(e => e.Id == id, ct) is not { } endpoint) return Error.NotFound("webhook endpoint");
        var now = clock.GetUtcNow();
        if (!endpoint.Enabled)
        {
            endpoint.Enabled = true;
            endpoint.DisabledAt = null;
            endpoint.DisabledReason = null;
            endpoint.ConsecutiveFailures = 0;
            endpoint.Touch(now);
        }
        return await SaveAsync(endpoint, now, ct);
    }

    /// <summary>The endpoint's deliveries, newest first, each with its attempts; <paramref name="status"/> pending, succeeded or failed.</summary>
    public async Task<Result<IReadOnlyList<WebhookDeliveryDto>>> DeliveriesAsync(Guid id, string? status, int? limit, CancellationToken ct)
    {
        if (!await db.Endpoints.AnyAsync(e => e.Id == id, ct)) return Error.NotFound("webhook endpoint");
        var query = db.Deliveries.AsNoTracking().Where(d => d.EndpointId == id);
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<DeliveryStatus>(status, ignoreCase: true, out var wanted) || int.TryParse(status, out _))
                return Error.Validation("status", "The status is pending, succeeded or failed.");
            query = query.Where(d => d.Status == wanted);
        }
        var take = Math.Clamp(limit ?? 50, 1, 200);
        var deliveries = (await query.ToListAsync(ct)).OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(take).ToList();
        var ids = deliveries.Select(d => d.Id).ToList();
        var attempts = (await db.Attempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(ct)).ToLookup(a => a.DeliveryId);
        return Result.Ok<IReadOnlyList<WebhookDeliveryDto>>([.. deliveries.Select(d => WebhookDeliveryDto.From(d, attempts[d.Id]))]);
    }

    /// <summary>A new attempt of the same delivery (same webhook-id, same body), due now.</summary>
    public async Task<Result<WebhookDeliveryDto>> ReplayAsync(Guid deliveryId, CancellationToken ct)
    {
        if (await db.Deliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, ct) is not { } delivery) return Error.NotFound("webhook delivery");
        if (await db.Endpoints.AsNoTracking().FirstOrDefaultAsync(e => e.Id == delivery.EndpointId, ct) is not { } endpoint) return Error.NotFound("webhook delivery");
        if (!endpoint.Enabled) return Error.Conflict("endpoint_disabled", "The endpoint is switched off: switch it on again before replaying its deliveries.");
        var now = clock.GetUtcNow();
        delivery.Status = DeliveryStatus.Pending;
        delivery.NextAttemptAt = now;
        delivery.ReplayRequested = true;
        delivery.Revision++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("delivery_busy", "The delivery is being sent at this moment: look at its log again in a few seconds.");
        }
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.DeliveryId == delivery.Id).ToListAsync(ct);
        return WebhookDeliveryDto.From(delivery, attempts);
    }

    private async Task<Result<WebhookEndpointDto>> SaveAsync(WebhookEndpoint endpoint, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return WebhookEndpointDto.From(endpoint, now);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("endpoint_changed", "The endpoint was changed at the same moment (by someone else or by the sender): reload it and try again.");
        }
    }

    private async Task<Error?> ValidateAsync(WebhookEndpointRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (await urls.RefusalAsync(request.Url, ct) is { } refused) errors["url"] = [refused];
        if ((request.Description ?? "").Trim().Length > WebhookEndpoint.DescriptionMax)
            errors["description"] = [$"Keep the description under {WebhookEndpoint.DescriptionMax} characters."];
        var types = request.EventTypes ?? [];
        if (types.Count == 0) errors["eventTypes"] = ["Choose at least one event type."];
        else if (types.FirstOrDefault(t => !WebhookEventTypes.All.Contains(t, StringComparer.Ordinal)) is { } unknown)
            errors["eventTypes"] = [$"Unknown event type \"{Clip(unknown)}\": the types are {string.Join(", ", WebhookEventTypes.All)}."];
        return errors.Count > 0 ? Error.Validation(errors) : null;
    }

    private static string Clip(string text) => text.Length > 60 ? text[..60] : text;

    private static IEnumerable<string> Types(WebhookEndpointRequest request) =>
        WebhookEventTypes.All.Where(t => request.EventTypes!.Contains(t, StringComparer.Ordinal));
}

using CraftMarket.Integrations.Domain;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>What the admin sends to register or change an endpoint.</summary>
internal sealed record WebhookEndpointRequest(string? Url, string? Description, IReadOnlyList<string>? EventTypes);

/// <summary>An endpoint as the admin sees it: never its secret (shown once, see <see cref="CreatedWebhookEndpointDto"/>).</summary>
internal sealed record WebhookEndpointDto(
    Guid Id, string Url, string Description, IReadOnlyList<string> EventTypes, bool Enabled, DateTimeOffset? DisabledAt,
    string? DisabledReason, int ConsecutiveFailures, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset SecretRotatedAt,
    DateTimeOffset? PreviousSecretValidUntil)
{
    public static WebhookEndpointDto From(WebhookEndpoint e, DateTimeOffset now) => new(
        e.Id, e.Url, e.Description, e.Types, e.Enabled, e.DisabledAt, e.DisabledReason, e.ConsecutiveFailures, e.CreatedAt, e.UpdatedAt,
        e.SecretRotatedAt, e.PreviousSecretSignsAt(now) ? e.PreviousSecretUntil : null);
}

/// <summary>The answer to a registration: the endpoint and its signing secret, shown this once.</summary>
internal sealed record CreatedWebhookEndpointDto(WebhookEndpointDto Endpoint, string Secret);

/// <summary>The answer to a rotation: the new secret, shown this once, and until when the old one still signs.</summary>
internal sealed record RotatedSecretDto(string Secret, DateTimeOffset PreviousSecretValidUntil);

internal sealed record WebhookAttemptDto(int Number, DateTimeOffset At, bool Replay, bool Succeeded, int? StatusCode, int DurationMs, string? Error, string? ResponseExcerpt)
{
    public static WebhookAttemptDto From(WebhookAttempt a) => new(a.Number, a.At, a.Replay, a.Succeeded, a.StatusCode, a.DurationMs, a.Error, a.ResponseExcerpt);
}

/// <summary>One delivery with its attempts, newest attempt last.</summary>
internal sealed record WebhookDeliveryDto(
    Guid Id, Guid EndpointId, string EventType, Guid EventId, string Status, int AttemptCount, DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt, int? LastStatusCode, string? LastError, IReadOnlyList<WebhookAttemptDto> Attempts)
{
    public static WebhookDeliveryDto From(WebhookDelivery d, IEnumerable<WebhookAttempt> attempts) => new(
        d.Id, d.EndpointId, d.EventType, d.EventId, d.Status.ToString().ToLowerInvariant(), d.Attempts, d.CreatedAt, d.NextAttemptAt,
        d.LastStatusCode, d.LastError, [.. attempts.OrderBy(a => a.Number).Select(WebhookAttemptDto.From)]);
}

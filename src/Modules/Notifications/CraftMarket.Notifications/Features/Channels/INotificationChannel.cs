using CraftMarket.Notifications.Domain;

namespace CraftMarket.Notifications.Features.Channels;

/// <summary>A rendered message for one address on one channel.</summary>
internal sealed record OutgoingMessage(Guid DeliveryId, string Address, string Language, string Title, string Body, string? Link, string Category);

/// <summary>What the provider said: sent (with its id), or failed and whether trying again could help.</summary>
internal sealed record ChannelResult(bool Sent, string? ProviderMessageId, string? Error, bool Retryable)
{
    public static ChannelResult Ok(string? providerId = null) => new(true, providerId, null, false);
    public static ChannelResult Failed(string error, bool retryable) => new(false, null, error, retryable);
}

/// <summary>One way out (SMS gateway, SMTP, Zalo ZNS): the centre picks by <see cref="Channel"/>; in-app needs none.</summary>
internal interface INotificationChannel
{
    Channel Channel { get; }
    Task<ChannelResult> SendAsync(OutgoingMessage message, CancellationToken ct);
}

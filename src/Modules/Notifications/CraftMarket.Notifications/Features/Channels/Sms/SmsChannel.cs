using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Domain;

namespace CraftMarket.Notifications.Features.Channels.Sms;

/// <summary>Texts through the platform's SMS gateway (<see cref="ISmsSender"/>): title and body in one short message, no link (phones of households).</summary>
internal sealed class SmsChannel(ISmsSender sms) : INotificationChannel
{
    public Channel Channel => Channel.Sms;

    public async Task<ChannelResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        await sms.SendAsync(message.Address, Text(message), ct);
        return ChannelResult.Ok();
    }

    public static string Text(OutgoingMessage message) =>
        string.Equals(message.Title, message.Body, StringComparison.Ordinal) ? message.Body : $"{message.Title}: {message.Body}";
}

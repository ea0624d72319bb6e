using CraftMarket.Identity.Contracts;
using CraftMarket.Notifications.Domain;

namespace CraftMarket.Notifications.Features.Channels.Email;

/// <summary>Plain-text e-mail through the platform's sender (<see cref="IEmailSender"/>): the title is the subject; the page it is about follows the body.</summary>
internal sealed class EmailChannel(IEmailSender mail) : INotificationChannel
{
    public Channel Channel => Channel.Email;

    public async Task<ChannelResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        await mail.SendAsync(message.Address, message.Title, Body(message), ct);
        return ChannelResult.Ok();
    }

    public static string Body(OutgoingMessage message) =>
        message.Link is { Length: > 0 } link ? $"{message.Body}\n\n{LinkLine(message.Language)} {link}" : message.Body;

    private static string LinkLine(string language) => language switch
    {
        "vi" => "Mở trên CraftMarket:",
        "fr" => "Ouvrir sur CraftMarket :",
        "ja" => "CraftMarket で開く:",
        _ => "Open on CraftMarket:",
    };
}

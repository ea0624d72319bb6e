using CraftMarket.Identity.Contracts;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CraftMarket.Identity.Messaging;

/// <summary>
/// Sends e-mail through the configured SMTP server (MailKit), one connection per message: we send
/// few (confirmations, resets, invitations), so a pooled connection would only go stale. A failed
/// delivery is logged as an error and not thrown: the page must answer the same whether or not a
/// message went out (no account enumeration), and the person can ask again.
/// </summary>
internal sealed class SmtpEmailSender(IOptions<SmtpSettings> options, ILogger<SmtpEmailSender> log) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string textBody, CancellationToken ct)
    {
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From!));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = textBody };

        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Security, ct);
            if (!string.IsNullOrEmpty(settings.User)) await client.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The body holds the link or code: never logged. The address is masked, the reason is not.
            log.LogError(e, "E-mail \"{Subject}\" to {Recipient} was NOT sent: SMTP {Host}:{Port} ({Security}) failed: {Reason}",
                subject, Masked.Email(to), settings.Host, settings.Port, settings.Security, e.Message);
        }
    }
}

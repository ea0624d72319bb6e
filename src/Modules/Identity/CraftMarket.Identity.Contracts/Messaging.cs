namespace CraftMarket.Identity.Contracts;

/// <summary>
/// Text messages to producers' phones (households read SMS, not e-mail). Delivered by the configured
/// HTTP gateway; in Development without one, written to the dev mailbox shown at /dev/mailbox.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(string phoneE164, string text, CancellationToken ct);
}

/// <summary>Plain-text e-mail, through the configured SMTP server (the dev mailbox in Development without one).</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string textBody, CancellationToken ct);
}

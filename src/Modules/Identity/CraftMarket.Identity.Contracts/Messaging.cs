namespace CraftMarket.Identity.Contracts;

/// <summary>
/// Text messages to producers' phones (households read SMS, not e-mail). The embedded default
/// writes to the dev mailbox (data directory), visible at /dev/mailbox in Development only.
/// </summary>
public interface ISmsSender
{
    Task SendAsync(string phoneE164, string text, CancellationToken ct);
}

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string textBody, CancellationToken ct);
}

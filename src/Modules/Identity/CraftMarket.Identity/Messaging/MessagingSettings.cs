using MailKit.Security;

namespace CraftMarket.Identity.Messaging;

/// <summary>Bound from <c>CraftMarket:Smtp</c>: where buyers' and staff's e-mails leave from.</summary>
internal sealed class SmtpSettings
{
    public const string Section = "CraftMarket:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>None, StartTls (submission port 587), SslOnConnect (port 465), StartTlsWhenAvailable or Auto.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? User { get; set; }
    public string? Password { get; set; }
    public string? From { get; set; }
    public string FromName { get; set; } = "CraftMarket";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);

    public IEnumerable<string> Missing()
    {
        if (string.IsNullOrWhiteSpace(Host)) yield return $"{Section}:Host";
        if (string.IsNullOrWhiteSpace(From)) yield return $"{Section}:From";
    }
}

/// <summary>Bound from <c>CraftMarket:Sms</c>: the HTTP gateway that texts producers.</summary>
internal sealed class SmsGatewaySettings
{
    public const string Section = "CraftMarket:Sms";

    /// <summary>The request's shape: see <see cref="SmsProviders"/>.</summary>
    public string Provider { get; set; } = SmsProviders.Generic;

    public string? Url { get; set; }
    public string? ApiKey { get; set; }

    /// <summary>Generic shape only: the header that carries the key ("Authorization" sends "Bearer {key}").</summary>
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>eSMS shape only: the second credential eSMS issues with the key.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The registered sender name (brandname) the text shows.</summary>
    public string Sender { get; set; } = "CraftMarket";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => !Missing().Any();

    public IEnumerable<string> Missing()
    {
        if (string.IsNullOrWhiteSpace(Url)) yield return $"{Section}:Url";
        if (!SmsProviders.IsKnown(Provider)) yield return $"{Section}:Provider (one of {string.Join(", ", SmsProviders.All)})";
        if (string.Equals(Provider, SmsProviders.Esms, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(ApiKey)) yield return $"{Section}:ApiKey";
            if (string.IsNullOrWhiteSpace(SecretKey)) yield return $"{Section}:SecretKey";
        }
    }
}

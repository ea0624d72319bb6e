using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Identity.Tests.Support;

/// <summary>The site with its real senders: e-mail to <see cref="SmtpSink"/>, texts to <see cref="SmsGatewayStub"/>.</summary>
public sealed class DeliveryApp(int smtpPort, string smsUrl, string smsProvider = "generic", IDictionary<string, string?>? more = null)
    : IdentityApp(seedDemo: false, extra: Settings(smtpPort, smsUrl, smsProvider, more))
{
    public LogCapture Logs { get; } = new();

    protected override bool UseDevMailbox => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l => l.AddProvider(Logs));
    }

    private static Dictionary<string, string?> Settings(int smtpPort, string smsUrl, string smsProvider, IDictionary<string, string?>? more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["CraftMarket:Smtp:Host"] = "127.0.0.1",
            ["CraftMarket:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CraftMarket:Smtp:Security"] = "None",
            ["CraftMarket:Smtp:User"] = SmtpSink.User,
            ["CraftMarket:Smtp:Password"] = SmtpSink.Password,
            ["CraftMarket:Smtp:From"] = "no-reply@craftmarket.test",
            ["CraftMarket:Smtp:FromName"] = "CraftMarket Bat Trang",
            ["CraftMarket:Sms:Provider"] = smsProvider,
            ["CraftMarket:Sms:Url"] = smsUrl,
            ["CraftMarket:Sms:ApiKey"] = "sms-key",
            ["CraftMarket:Sms:SecretKey"] = "sms-secret",
            ["CraftMarket:Sms:Sender"] = "CraftVillage",
            ["CraftMarket:Sms:Timeout"] = "00:00:02",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>()) settings[key] = value;
        return settings;
    }
}

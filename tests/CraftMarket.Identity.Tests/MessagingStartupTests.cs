using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;

namespace CraftMarket.Identity.Tests;

/// <summary>Outside Development the site refuses to start without real delivery, and never writes codes to disk.</summary>
public sealed class MessagingStartupTests
{
    private sealed class ProductionWithoutDelivery() : IdentityApp(seedDemo: false, extra: new Dictionary<string, string?>
    {
        ["CraftMarket:Smtp:Host"] = "", ["CraftMarket:Smtp:From"] = "", ["CraftMarket:Sms:Url"] = "",
        // Only the delivery check is under test here: the key-protection check (ADR 34) is satisfied by its explicit opt-out.
        ["CraftMarket:DataProtection:AllowUnprotectedKeys"] = "true",
    })
    {
        protected override bool UseDevMailbox => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }

    [Fact]
    public void In_Production_without_SMTP_and_SMS_settings_the_site_refuses_to_start_and_names_them()
    {
        using var app = new ProductionWithoutDelivery();
        var failure = Should.Throw<Exception>(() => app.CreateClient());
        var text = failure.ToString();
        text.ShouldContain("CraftMarket:Smtp:Host");
        text.ShouldContain("CraftMarket:Smtp:From");
        text.ShouldContain("CraftMarket:Sms:Url");
    }

    [Fact]
    public async Task Outside_Development_the_dev_mailbox_keeps_codes_in_memory_only()
    {
        await using var app = new IdentityApp(seedDemo: false);
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/phone/code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        (await app.WaitForMessageAsync(m => m.To == phone)).Body.ShouldMatch(@"\d{6}");
        File.Exists(Path.Combine(app.DataDirectory, "mailbox", "messages.jsonl")).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unreachable_SMTP_server_is_logged_and_registration_still_answers_as_usual()
    {
        int closedPort;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); closedPort = ((IPEndPoint)probe.LocalEndpoint).Port; }
        await using var sms = await SmsGatewayStub.StartAsync();
        await using var app = new DeliveryApp(closedPort, sms.Url);

        var registered = await app.ClientFor(null).PostAsJsonAsync("/api/auth/register", new
        {
            email = Api.UniqueEmail(), password = "long enough passphrase", displayName = "Lan", country = "VN",
        });

        registered.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        app.Logs.Errors("SmtpEmailSender").ShouldContain(l => l.Contains("NOT sent", StringComparison.Ordinal));
    }
}

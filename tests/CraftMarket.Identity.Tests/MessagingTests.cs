using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;

namespace CraftMarket.Identity.Tests;

/// <summary>
/// Outside Development texts and e-mails go out for real (a real SMTP server and an HTTP gateway
/// stub, both in-process), failures are logged without changing the answer, and codes never touch the disk.
/// </summary>
public sealed partial class MessagingTests(MessagingTests.Delivery delivery) : IClassFixture<MessagingTests.Delivery>
{
    public sealed class Delivery : IAsyncLifetime
    {
        public SmtpSink Smtp { get; } = new();
        public SmsGatewayStub Sms { get; private set; } = null!;
        public DeliveryApp App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Sms = await SmsGatewayStub.StartAsync();
            App = new DeliveryApp(Smtp.Port, Sms.Url);
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            await Sms.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    private DeliveryApp App => delivery.App;

    [Fact]
    public async Task A_registration_e_mail_reaches_the_SMTP_server_with_its_confirmation_link_and_nothing_is_written_to_disk()
    {
        var email = Api.UniqueEmail("smtp");
        var registered = await App.ClientFor(null).PostAsJsonAsync("/api/auth/register", new
        {
            email, password = "long enough passphrase", displayName = "Aiko Sato", country = "JP", preferredLanguage = "en",
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Accepted, await registered.Content.ReadAsStringAsync());

        var message = await delivery.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == email));
        delivery.Smtp.Received.Single(r => r.Message == message).Recipients.ShouldBe([email]);
        message.Subject.ShouldBe("Confirm your CraftMarket account");
        message.From.Mailboxes.Single().Address.ShouldBe("no-reply@craftmarket.test");
        message.From.Mailboxes.Single().Name.ShouldBe("CraftMarket Bat Trang");
        var text = message.TextBody ?? "";
        text.ShouldContain("Aiko Sato");
        text.ShouldContain("/account/confirm-email?userId=");
        File.Exists(Path.Combine(App.DataDirectory, "mailbox", "messages.jsonl")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_sign_in_code_is_posted_to_the_generic_gateway_with_the_key_header_and_the_code()
    {
        var phone = Api.UniquePhone();
        await App.CreateUserAsync(null, phone);
        delivery.Sms.Requests.Clear();

        (await App.ClientFor(null).PostAsJsonAsync("/api/auth/phone/code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var request = await delivery.Sms.WaitForRequestAsync();
        request.Headers["X-Api-Key"].ShouldBe("sms-key");
        var body = JsonDocument.Parse(request.Body).RootElement;
        body.GetProperty("to").GetString().ShouldBe(phone);
        body.GetProperty("sender").GetString().ShouldBe("CraftVillage");
        SixDigits().IsMatch(body.GetProperty("text").GetString()!).ShouldBeTrue(request.Body);
        File.Exists(Path.Combine(App.DataDirectory, "mailbox", "messages.jsonl")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_gateway_error_is_logged_and_the_person_still_gets_the_usual_answer()
    {
        var phone = Api.UniquePhone();
        await App.CreateUserAsync(null, phone);
        delivery.Sms.Status = 503;
        delivery.Sms.Answer = """{"error":"quota exceeded"}""";
        try
        {
            (await App.ClientFor(null).PostAsJsonAsync("/api/auth/phone/code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
            App.Logs.Errors("HttpSmsSender").ShouldContain(l => l.Contains("NOT sent", StringComparison.Ordinal)
                && l.Contains("HTTP 503", StringComparison.Ordinal) && l.Contains("quota exceeded", StringComparison.Ordinal));
        }
        finally
        {
            delivery.Sms.Status = 200;
            delivery.Sms.Answer = "{}";
        }
    }

    [Fact]
    public async Task A_gateway_that_does_not_answer_in_time_is_logged_and_the_person_still_gets_the_usual_answer()
    {
        var phone = Api.UniquePhone();
        await App.CreateUserAsync(null, phone);
        delivery.Sms.Delay = TimeSpan.FromSeconds(6);
        try
        {
            var started = DateTime.UtcNow;
            (await App.ClientFor(null).PostAsJsonAsync("/api/auth/phone/code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
            (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(5));
            App.Logs.Errors("HttpSmsSender").ShouldContain(l => l.Contains("did not answer within", StringComparison.Ordinal));
        }
        finally { delivery.Sms.Delay = TimeSpan.Zero; }
    }

    [Fact]
    public async Task The_eSMS_shape_sends_credentials_in_the_body_and_treats_a_CodeResult_other_than_100_as_a_failure()
    {
        await using var sms = await SmsGatewayStub.StartAsync();
        await using var app = new DeliveryApp(delivery.Smtp.Port, sms.Url, smsProvider: "esms");
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        sms.Answer = """{"CodeResult":"99","ErrorMessage":"Brandname not registered"}""";

        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/phone/code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var body = JsonDocument.Parse((await sms.WaitForRequestAsync()).Body).RootElement;
        body.GetProperty("ApiKey").GetString().ShouldBe("sms-key");
        body.GetProperty("SecretKey").GetString().ShouldBe("sms-secret");
        body.GetProperty("Phone").GetString().ShouldBe("0" + phone[3..]);
        body.GetProperty("Brandname").GetString().ShouldBe("CraftVillage");
        SixDigits().IsMatch(body.GetProperty("Content").GetString()!).ShouldBeTrue();
        app.Logs.Errors("HttpSmsSender").ShouldContain(l => l.Contains("CodeResult 99", StringComparison.Ordinal));
    }
}

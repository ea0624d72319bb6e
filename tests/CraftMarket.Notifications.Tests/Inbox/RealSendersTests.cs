using System.Globalization;
using System.Text.Json;
using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Channels;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Notifications.Tests.Inbox;

/// <summary>
/// The centre's e-mail and SMS channels over the site's real senders: MailKit to a real SMTP server
/// run in-process (with login), and the HTTP SMS gateway to a local stub that checks each request.
/// </summary>
public sealed class RealSendersTests(RealSendersTests.Senders senders) : IClassFixture<RealSendersTests.Senders>
{
    /// <summary>A site without the dev mailbox: e-mail and texts leave through the configured SMTP server and gateway.</summary>
    public sealed class SendersApp(int smtpPort, string smsUrl) : CraftMarketApp(seedDemo: false, extra: new Dictionary<string, string?>
    {
        ["CraftMarket:Smtp:Host"] = "127.0.0.1",
        ["CraftMarket:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["CraftMarket:Smtp:Security"] = "None",
        ["CraftMarket:Smtp:User"] = SmtpSink.User,
        ["CraftMarket:Smtp:Password"] = SmtpSink.Password,
        ["CraftMarket:Smtp:From"] = "thong-bao@craftmarket.test",
        ["CraftMarket:Smtp:FromName"] = "CraftMarket",
        ["CraftMarket:Sms:Url"] = smsUrl,
        ["CraftMarket:Sms:ApiKey"] = "gateway-key",
        ["CraftMarket:Sms:Sender"] = "LangNghe",
        ["CraftMarket:Sms:Timeout"] = "00:00:10",
    })
    {
        protected override bool UseDevMailbox => false;
    }

    public sealed class Senders : IAsyncLifetime
    {
        public SmtpSink Smtp { get; } = new();
        public SmsGatewayStub Sms { get; private set; } = null!;
        public SendersApp App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Sms = await SmsGatewayStub.StartAsync();
            App = new SendersApp(Smtp.Port, Sms.Url);
            _ = App.Server;   // start it
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            await Sms.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }

    private async Task<ChannelResult> SendAsync(Channel channel, OutgoingMessage message)
    {
        await using var scope = senders.App.Services.CreateAsyncScope();
        var found = scope.ServiceProvider.GetServices<INotificationChannel>().Single(c => c.Channel == channel);
        return await found.SendAsync(message, CancellationToken.None);
    }

    [Fact]
    public async Task An_e_mail_notification_reaches_the_SMTP_server_with_its_subject_body_and_link()
    {
        var to = $"desk-{Guid.NewGuid():N}@bat-trang.example";
        var result = await SendAsync(Channel.Email, new OutgoingMessage(Guid.NewGuid(), to, "vi", "Yêu cầu báo giá mới",
            "Một người mua vừa gửi yêu cầu báo giá.", "/admin/inquiries/42", "inquiry.submitted"));

        result.Sent.ShouldBeTrue(result.Error);
        var message = await senders.Smtp.WaitForAsync(m => m.To.Mailboxes.Any(a => a.Address == to));
        senders.Smtp.Received.Single(r => r.Message == message).Recipients.ShouldBe([to]);
        message.Subject.ShouldBe("Yêu cầu báo giá mới");
        message.From.Mailboxes.Single().Address.ShouldBe("thong-bao@craftmarket.test");
        var body = message.TextBody ?? "";
        body.ShouldContain("Một người mua vừa gửi yêu cầu báo giá.");
        body.ShouldContain("/admin/inquiries/42");
    }

    [Fact]
    public async Task A_text_notification_is_posted_to_the_gateway_with_its_key_sender_number_and_text()
    {
        senders.Sms.Requests.Clear();
        var result = await SendAsync(Channel.Sms, new OutgoingMessage(Guid.NewGuid(), "+84971112233", "vi", "Tin từ Hội",
            "Họp hội lúc 8 giờ sáng thứ Bảy.", null, "notice"));

        result.Sent.ShouldBeTrue(result.Error);
        var request = await senders.Sms.WaitForRequestAsync();
        request.Headers["X-Api-Key"].ShouldBe("gateway-key");
        var body = JsonDocument.Parse(request.Body).RootElement;
        body.GetProperty("to").GetString().ShouldBe("+84971112233");
        body.GetProperty("sender").GetString().ShouldBe("LangNghe");
        body.GetProperty("text").GetString().ShouldBe("Tin từ Hội: Họp hội lúc 8 giờ sáng thứ Bảy.");
    }
}

using System.Text.Json;
using CraftMarket.Notifications.Domain;
using CraftMarket.Notifications.Features.Channels;
using CraftMarket.Notifications.Features.Channels.Zalo;
using CraftMarket.Notifications.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CraftMarket.Notifications.Tests.Inbox;

/// <summary>
/// The Zalo ZNS adapter against a local stub of the send endpoint: the request it makes (token header,
/// phone as 84…, the category's template id and parameters, the delivery as tracking id) and how it
/// reads Zalo's answers (codes from Zalo's published table; never run against the live service).
/// </summary>
public sealed class ZaloChannelTests : IAsyncLifetime
{
    private ZnsStub stub = null!;

    public async Task InitializeAsync() => stub = await ZnsStub.StartAsync();

    public async Task DisposeAsync() => await stub.DisposeAsync();

    private sealed class Fixed(ZaloSettings value) : IOptionsMonitor<ZaloSettings>
    {
        public ZaloSettings CurrentValue => value;
        public ZaloSettings Get(string? name) => value;
        public IDisposable? OnChange(Action<ZaloSettings, string?> listener) => null;
    }

    private ZaloSettings Settings(Action<ZaloSettings>? change = null)
    {
        var settings = new ZaloSettings
        {
            Url = stub.Url,
            AccessToken = "oa-access-token",
            Timeout = TimeSpan.FromSeconds(15),   // a loaded test machine is slow; the timeout test sets its own
            Templates =
            {
                ["work-order.issued"] = new ZaloTemplate
                {
                    TemplateId = "412345",
                    Params = new() { ["tieu_de"] = "title", ["noi_dung"] = "body", ["lien_ket"] = "link" },
                },
                ["default"] = new ZaloTemplate { TemplateId = "499999" },
            },
        };
        change?.Invoke(settings);
        return settings;
    }

    private ZaloChannel Channel(ZaloSettings settings) => new(new HttpClient(), new Fixed(settings), NullLogger<ZaloChannel>.Instance);

    private static OutgoingMessage Message(string category = "work-order.issued", string phone = "+84971234567") =>
        new(Guid.Parse("0193a4b2-0000-7000-8000-000000000001"), phone, "vi", "Việc mới: 200 chén men rạn",
            "Hạn 20/12, giá 120.000 ₫/chiếc.", "/account/work-orders/42", category);

    [Fact]
    public async Task It_posts_the_phone_template_and_parameters_with_the_token_and_reads_the_message_id()
    {
        var result = await Channel(Settings()).SendAsync(Message(), CancellationToken.None);

        result.ShouldBe(ChannelResult.Ok("a4b1e2c3d4e5f6a7b8c9"));
        var request = stub.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Headers["access_token"].ShouldBe("oa-access-token");
        request.Headers["Content-Type"].ShouldStartWith("application/json");
        var body = JsonDocument.Parse(request.Body).RootElement;
        body.GetProperty("phone").GetString().ShouldBe("84971234567");
        body.GetProperty("template_id").GetString().ShouldBe("412345");
        body.GetProperty("tracking_id").GetString().ShouldBe("0193a4b2000070008000000000000001");
        var data = body.GetProperty("template_data");
        data.GetProperty("tieu_de").GetString().ShouldBe("Việc mới: 200 chén men rạn");
        data.GetProperty("noi_dung").GetString().ShouldBe("Hạn 20/12, giá 120.000 ₫/chiếc.");
        data.GetProperty("lien_ket").GetString().ShouldBe("/account/work-orders/42");
        body.TryGetProperty("mode", out _).ShouldBeFalse("live mode unless development mode is configured");
    }

    [Fact]
    public async Task A_category_without_its_own_template_uses_the_general_one_with_the_default_parameters()
    {
        var result = await Channel(Settings()).SendAsync(Message(category: "member.paid", phone: "0912345678"), CancellationToken.None);

        result.Sent.ShouldBeTrue();
        var body = JsonDocument.Parse(stub.Requests.ShouldHaveSingleItem().Body).RootElement;
        body.GetProperty("template_id").GetString().ShouldBe("499999");
        body.GetProperty("phone").GetString().ShouldBe("84912345678");
        body.GetProperty("template_data").EnumerateObject().Select(p => p.Name).ShouldBe(["title", "content", "link"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(-108, "Phone number invalid", false)]
    [InlineData(-109, "Template ID invalid", false)]
    [InlineData(-112, "Template data invalid", false)]
    [InlineData(-118, "Zalo account not existed", false)]
    [InlineData(-100, "Unknown error", true)]
    [InlineData(-115, "Out of quota", true)]
    [InlineData(-124, "Access token invalid", true)]
    [InlineData(-133, "This ZNS cannot be sent at night", true)]
    public async Task Zalos_error_codes_fail_for_good_or_are_worth_retrying(int code, string message, bool retryable)
    {
        stub.Answer = $$"""{"error":{{code}},"message":"{{message}}"}""";

        var result = await Channel(Settings()).SendAsync(Message(), CancellationToken.None);

        result.Sent.ShouldBeFalse();
        result.Retryable.ShouldBe(retryable);
        result.Error.ShouldNotBeNull().ShouldContain(code.ToString(System.Globalization.CultureInfo.InvariantCulture));
        result.Error.ShouldContain(message);
    }

    [Theory]
    [InlineData(500, true)]
    [InlineData(503, true)]
    [InlineData(429, true)]
    [InlineData(400, false)]
    [InlineData(404, false)]
    public async Task An_HTTP_failure_is_retried_only_when_the_provider_may_recover(int status, bool retryable)
    {
        stub.Status = status;
        stub.Answer = """{"error":-1,"message":"gateway"}""";

        var result = await Channel(Settings()).SendAsync(Message(), CancellationToken.None);

        result.Sent.ShouldBeFalse();
        result.Retryable.ShouldBe(retryable);
        result.Error.ShouldNotBeNull().ShouldContain($"HTTP {status}");
    }

    [Fact]
    public async Task Silence_past_the_timeout_and_an_unreadable_answer_are_worth_retrying()
    {
        stub.Delay = TimeSpan.FromSeconds(5);
        var late = await Channel(Settings(s => s.Timeout = TimeSpan.FromSeconds(1))).SendAsync(Message(), CancellationToken.None);
        late.Sent.ShouldBeFalse();
        late.Retryable.ShouldBeTrue();
        late.Error.ShouldNotBeNull().ShouldContain("did not answer");

        stub.Delay = TimeSpan.Zero;
        stub.Answer = "<html>maintenance</html>";
        var garbled = await Channel(Settings()).SendAsync(Message(), CancellationToken.None);
        garbled.Retryable.ShouldBeTrue();
    }

    [Fact]
    public async Task Without_a_token_a_template_or_a_Vietnamese_number_nothing_is_sent_and_the_failure_is_final()
    {
        var off = await Channel(Settings(s => s.AccessToken = null)).SendAsync(Message(), CancellationToken.None);
        var noTemplate = await Channel(Settings(s => s.Templates.Remove("default"))).SendAsync(Message(category: "member.paid"), CancellationToken.None);
        var foreign = await Channel(Settings()).SendAsync(Message(phone: "+81312345678"), CancellationToken.None);

        foreach (var result in new[] { off, noTemplate, foreign })
        {
            result.Sent.ShouldBeFalse();
            result.Retryable.ShouldBeFalse();
        }
        off.Error.ShouldBe("Zalo ZNS is not configured.");
        stub.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Development_mode_is_sent_when_configured()
    {
        await Channel(Settings(s => s.DevelopmentMode = true)).SendAsync(Message(), CancellationToken.None);
        JsonDocument.Parse(stub.Requests.ShouldHaveSingleItem().Body).RootElement.GetProperty("mode").GetString().ShouldBe("development");
    }
}

/// <summary>On the started site (no Zalo settings) the channel is registered but off, and households are not offered it.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class ZaloOffTests(NotificationsApp app)
{
    [Fact]
    public async Task The_site_without_Zalo_settings_has_the_channel_off()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var zalo = scope.ServiceProvider.GetServices<INotificationChannel>().Single(c => c.Channel == Domain.Channel.Zalo);
        var result = await zalo.SendAsync(new OutgoingMessage(Guid.NewGuid(), "+84971234567", "vi", "t", "b", null, "work-order.issued"), CancellationToken.None);
        result.ShouldBe(ChannelResult.Failed("Zalo ZNS is not configured.", retryable: false));
    }
}

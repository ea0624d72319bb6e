using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CraftMarket.Identity.Tests;

/// <summary>In Development the mailbox page shows what was "sent" (elsewhere it is a 404: see RegistrationTests).</summary>
public sealed class DevMailboxTests(DevMailboxTests.App app) : IClassFixture<DevMailboxTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }

    [Fact]
    public async Task The_mailbox_page_lists_sent_texts_in_Development()
    {
        var phone = Api.UniquePhone();
        await app.CreateUserAsync(null, phone);
        (await app.ClientFor(null).PostAsJsonAsync("/api/auth/phone/code", new { phone })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var page = await app.ClientFor(null).GetStringAsync("/dev/mailbox");
        page.ShouldContain("SMS to");
        page.ShouldContain(phone[1..]);   // "+" is HTML-encoded
    }
}

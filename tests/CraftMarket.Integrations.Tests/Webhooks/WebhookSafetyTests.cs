using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Integrations.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static CraftMarket.Integrations.Tests.Webhooks.WebhooksGiven;

namespace CraftMarket.Integrations.Tests.Webhooks;

/// <summary>SSRF refusals (at registration and at connection), validation, another association's ids, and who may manage webhooks.</summary>
[Collection(IntegrationsCollection.Name)]
public sealed class WebhookSafetyTests(IntegrationsApp app)
{
    private const string Village = "bat-trang";

    [Theory]
    [InlineData("http://erp.example.com/hooks", "HTTPS")]
    [InlineData("http://127.0.0.1/hooks", "HTTPS")]
    [InlineData("https://127.0.0.1/hooks", "private")]
    [InlineData("https://127.0.0.2:1/hooks", null)]
    [InlineData("https://10.1.2.3/hooks", "private")]
    [InlineData("https://172.16.5.4/hooks", "private")]
    [InlineData("https://192.168.1.10/hooks", "private")]
    [InlineData("https://169.254.169.254/latest/meta-data/", "private")]
    [InlineData("https://100.64.0.1/hooks", "private")]
    [InlineData("https://0x7f000001/hooks", "private")]
    [InlineData("https://[::1]/hooks", "private")]
    [InlineData("https://[fd00::1]/hooks", "private")]
    [InlineData("https://[::ffff:10.0.0.1]/hooks", "private")]
    [InlineData("https://localhost/hooks", "private")]
    [InlineData("https://user:pass@erp.example.com/hooks", "user name")]
    [InlineData("ftp://erp.example.com/hooks", "absolute HTTPS")]
    public async Task Only_public_https_addresses_may_be_registered(string url, string? refusal)
    {
        var admin = await app.Admin(Village);
        var response = await admin.PostAsJsonAsync("/api/integrations/webhooks", new { url, eventTypes = new[] { "order.paid" } });
        var body = await response.Content.ReadAsStringAsync();
        if (refusal is null)
        {
            // The test receiver's address (127.0.0.2, named by the test configuration) is the one exception.
            response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
            var id = JsonDocument.Parse(body).RootElement.GetProperty("endpoint").GetProperty("id").GetGuid();
            (await admin.DeleteAsync($"/api/integrations/webhooks/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            return;
        }
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("url").ToString().ShouldContain(refusal);
    }

    [Fact]
    public async Task A_changed_address_is_refused_again_when_sending_and_another_change_through_the_api_too()
    {
        var receiver = await Receiver();
        var path = receiver.Path("rebinding");
        var (endpoint, _) = await EndpointAsync(app, Village, path, "label-batch.revoked");
        var admin = await app.Admin(Village);
        var put = await admin.PutAsJsonAsync($"/api/integrations/webhooks/{endpoint}",
            new { url = "https://169.254.169.254/latest/meta-data/", eventTypes = new[] { "label-batch.revoked" } });
        put.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // As if the name had resolved to a public address when registered and to loopback now (DNS rebinding).
        await using (var scope = app.ScopeFor(Village))
        {
            var db = IntegrationsSite.Db(scope);
            var row = await db.Endpoints.SingleAsync(e => e.Id == endpoint);
            row.Url = $"https://localhost:{receiver.Port}/hooks/{path}";
            await db.SaveChangesAsync();
        }
        await BatchRevokedAsync(app, Village);
        var log = await LogAsync(admin, endpoint, l => l.EnumerateArray().Any(d => d.GetProperty("attemptCount").GetInt32() >= 1));
        var attempt = log.EnumerateArray().Single().GetProperty("attempts").EnumerateArray().First();
        attempt.GetProperty("error").GetString()!.ShouldContain("private, loopback or link-local");
        attempt.GetProperty("statusCode").ValueKind.ShouldBe(JsonValueKind.Null);
        receiver.CallsTo(path).ShouldBeEmpty();
    }

    [Fact]
    public async Task Event_types_and_descriptions_are_validated()
    {
        var receiver = await Receiver();
        var admin = await app.Admin(Village);
        var url = receiver.Url(receiver.Path("validation"));
        var none = await admin.PostAsJsonAsync("/api/integrations/webhooks", new { url, eventTypes = Array.Empty<string>() });
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await none.Content.ReadAsStringAsync()).ShouldContain("eventTypes");
        var unknown = await admin.PostAsJsonAsync("/api/integrations/webhooks", new { url, eventTypes = new[] { "order.paid", "member.phone-changed" } });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("Unknown event type");
        var longText = await admin.PostAsJsonAsync("/api/integrations/webhooks", new { url, description = new string('x', 201), eventTypes = new[] { "order.paid" } });
        longText.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_associations_endpoints_and_deliveries_are_not_found()
    {
        var receiver = await Receiver();
        var path = receiver.Path("isolation");
        var (endpoint, _) = await EndpointAsync(app, Village, path, "label-batch.revoked");
        await BatchRevokedAsync(app, Village);
        var delivery = (await receiver.WaitForAsync(path, c => c.Count >= 1)).Single().Id;

        var other = await app.Admin("van-phuc");
        var url = $"/api/integrations/webhooks/{endpoint}";
        (await other.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PutAsJsonAsync(url, new { url = receiver.Url(path), eventTypes = new[] { "order.paid" } })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"{url}/rotate-secret", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"{url}/enable", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"{url}/deliveries")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"/api/integrations/webhooks/deliveries/{delivery}/replay", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetStringAsync("/api/integrations/webhooks")).ShouldNotContain(endpoint.ToString());

        var admin = await app.Admin(Village);
        (await admin.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, "the owner still has it");
        (await DeliveriesAsync(admin, endpoint)).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_association_admin_manages_webhooks()
    {
        var desk = await app.ExportDesk(Village);
        var buyer = await app.Buyer(Village);
        foreach (var client in new[] { desk, buyer })
        {
            (await client.GetAsync("/api/integrations/webhooks")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await client.PostAsJsonAsync("/api/integrations/webhooks", new { url = "https://erp.example.com/hooks", eventTypes = new[] { "order.paid" } }))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        (await app.Anonymous(Village).GetAsync("/api/integrations/webhooks")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await app.Admin(Village)).GetAsync("/api/integrations/webhooks")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

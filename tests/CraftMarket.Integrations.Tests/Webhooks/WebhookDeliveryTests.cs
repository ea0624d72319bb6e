using CraftMarket.Testing;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CraftMarket.Integrations.Contracts;
using CraftMarket.Integrations.Tests.Support;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using StandardWebhooks;
using static CraftMarket.Integrations.Tests.Webhooks.WebhooksGiven;

namespace CraftMarket.Integrations.Tests.Webhooks;

/// <summary>Deliveries to a local receiver that verifies each signature with the StandardWebhooks package: real events, retries, the log, replay, disabling and rotation.</summary>
[Collection(IntegrationsCollection.Name)]
public sealed class WebhookDeliveryTests(IntegrationsApp app)
{
    private const string Village = "bat-trang";

    [Fact]
    public async Task A_product_published_through_the_catalogue_arrives_signed_and_a_forged_or_stale_copy_is_refused()
    {
        var receiver = await Receiver();
        var path = receiver.Path("published");
        var (endpoint, secret) = await EndpointAsync(app, Village, path, "product.published");
        secret.ShouldStartWith("whsec_");

        var product = await PublishProductAsync();
        var calls = await receiver.WaitForAsync(path, c => c.Any(x => Mentions(x, product)));
        var call = calls.Single(c => Mentions(c, product));
        call.VerifiedWith.ShouldBe([secret]);
        call.AnsweredWith.ShouldBe(200);

        var body = JsonDocument.Parse(call.Body).RootElement;
        body.GetProperty("type").GetString().ShouldBe("product.published");
        body.GetProperty("data").GetProperty("productId").GetGuid().ShouldBe(product);
        body.GetProperty("data").TryGetProperty("makers", out _).ShouldBeFalse("members behind a product are not sent");
        DateTimeOffset.Parse(body.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-5));
        var admin = await app.Admin(Village);
        var log = await LogAsync(admin, endpoint, l => l.EnumerateArray().Any(d => d.GetProperty("status").GetString() == "succeeded"));
        var delivery = log.EnumerateArray().Single(d => d.GetProperty("eventType").GetString() == "product.published" && d.GetProperty("status").GetString() == "succeeded");
        call.Id.ShouldBe(delivery.GetProperty("id").GetString());

        // The check can fail: the same receiver refuses a changed body, another secret, and a stale timestamp.
        using var client = new HttpClient();
        async Task<HttpStatusCode> Post(string payload, string id, DateTimeOffset at, string signature)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, receiver.Url(path)) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
            request.Headers.Add("webhook-id", id);
            request.Headers.Add("webhook-timestamp", at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("webhook-signature", signature);
            return (await client.SendAsync(request)).StatusCode;
        }
        var now = DateTimeOffset.UtcNow;
        (await Post(call.Body, call.Id, now, new StandardWebhook(secret).Sign(call.Id, now, call.Body))).ShouldBe(HttpStatusCode.OK, "a correct signature passes");
        var tampered = call.Body.Replace("product.published", "product.withdrawn", StringComparison.Ordinal);
        (await Post(tampered, call.Id, now, new StandardWebhook(secret).Sign(call.Id, now, call.Body))).ShouldBe(HttpStatusCode.Unauthorized);
        var forger = "whsec_" + Convert.ToBase64String(Guid.NewGuid().ToByteArray().Concat(Guid.NewGuid().ToByteArray()).ToArray());
        (await Post(call.Body, call.Id, now, new StandardWebhook(forger).Sign(call.Id, now, call.Body))).ShouldBe(HttpStatusCode.Unauthorized);
        var stale = now.AddMinutes(-10);
        (await Post(call.Body, call.Id, stale, new StandardWebhook(secret).Sign(call.Id, stale, call.Body))).ShouldBe(HttpStatusCode.Unauthorized);
        (await Post(call.Body, "msg_other", now, new StandardWebhook(secret).Sign(call.Id, now, call.Body))).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_receiver_answering_500_is_tried_again_and_every_attempt_is_logged()
    {
        var receiver = await Receiver();
        var path = receiver.Path("retries", 500, 500);
        var (endpoint, _) = await EndpointAsync(app, Village, path, "label-batch.revoked");
        var batch = await BatchRevokedAsync(app, Village);

        var calls = await receiver.WaitForAsync(path, c => c.Count >= 3);
        calls.Select(c => c.AnsweredWith).ShouldBe([500, 500, 200]);
        calls.Select(c => c.Id).Distinct().Count().ShouldBe(1, "every attempt carries the delivery's one webhook-id");
        calls.ShouldAllBe(c => c.VerifiedWith.Count == 1 && c.Body == calls[0].Body);
        Mentions(calls[0], batch).ShouldBeTrue();
        calls[0].Body.ShouldNotContain("+84", Case.Sensitive, "the staff's reason (and the phone in it) stays in the association");
        calls[0].Body.ShouldNotContain("Stolen");

        var admin = await app.Admin(Village);
        var log = await LogAsync(admin, endpoint, l => l.EnumerateArray().Any(d => d.GetProperty("status").GetString() == "succeeded"));
        var delivery = log.EnumerateArray().Single();
        delivery.GetProperty("id").GetString().ShouldBe(calls[0].Id);
        delivery.GetProperty("status").GetString().ShouldBe("succeeded");
        var attempts = delivery.GetProperty("attempts").EnumerateArray().ToList();
        attempts.Select(a => a.GetProperty("statusCode").GetInt32()).ShouldBe([500, 500, 200]);
        attempts.Select(a => a.GetProperty("number").GetInt32()).ShouldBe([1, 2, 3]);
        attempts[0].GetProperty("error").GetString()!.ShouldContain("500");
        attempts[0].GetProperty("responseExcerpt").GetString().ShouldBe("answer 500");
        attempts[2].GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
        attempts.ShouldAllBe(a => a.GetProperty("durationMs").GetInt32() >= 0);
        (await admin.GetFromJsonAsync<JsonElement>($"/api/integrations/webhooks/{endpoint}")).GetProperty("consecutiveFailures").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_replay_sends_the_same_delivery_again_as_a_new_attempt()
    {
        var receiver = await Receiver();
        var path = receiver.Path("replay");
        var (endpoint, _) = await EndpointAsync(app, Village, path, "label-batch.revoked");
        await BatchRevokedAsync(app, Village);
        var first = (await receiver.WaitForAsync(path, c => c.Count >= 1)).Single();
        var admin = await app.Admin(Village);
        await LogAsync(admin, endpoint, l => l.EnumerateArray().Any(d => d.GetProperty("status").GetString() == "succeeded"));

        var replayed = await admin.PostAsync($"/api/integrations/webhooks/deliveries/{first.Id}/replay", null);
        replayed.StatusCode.ShouldBe(HttpStatusCode.OK, await replayed.Content.ReadAsStringAsync());
        var calls = await receiver.WaitForAsync(path, c => c.Count >= 2);
        calls.Count.ShouldBe(2);
        calls[1].Id.ShouldBe(first.Id);
        calls[1].Body.ShouldBe(first.Body);
        calls[1].VerifiedWith.Count.ShouldBe(1);
        var log = await LogAsync(admin, endpoint, l => l.EnumerateArray().Single().GetProperty("attempts").GetArrayLength() == 2);
        var attempts = log.EnumerateArray().Single().GetProperty("attempts").EnumerateArray().ToList();
        attempts.Select(a => a.GetProperty("replay").GetBoolean()).ShouldBe([false, true]);
        (await admin.PostAsync($"/api/integrations/webhooks/deliveries/{Guid.NewGuid()}/replay", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_run_of_failures_switches_the_endpoint_off_tells_the_admins_and_the_admin_switches_it_on_again()
    {
        var receiver = await Receiver();
        var path = receiver.Path("failing", 500, 500, 500, 500, 500, 500, 500, 500);
        var (endpoint, _) = await EndpointAsync(app, Village, path, "label-batch.revoked");
        await BatchRevokedAsync(app, Village);
        var admin = await app.Admin(Village);

        var state = await WaitAsync(admin, endpoint, e => !e.GetProperty("enabled").GetBoolean());
        state.GetProperty("enabled").GetBoolean().ShouldBeFalse();
        state.GetProperty("disabledReason").GetString()!.ShouldContain("4 failed attempts in a row");
        receiver.CallsTo(path).Count.ShouldBe(4);
        var log = await DeliveriesAsync(admin, endpoint);
        log.EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("failed");

        await using (var scope = app.ScopeFor(Village))
        {
            var raised = await IntegrationsSite.Db(scope).Outbox.AsNoTracking()
                .Where(m => m.Name == "integrations.webhook-endpoint-disabled").Select(m => m.Payload).ToListAsync();
            var mine = raised.Select(p => JsonSerializer.Deserialize<WebhookEndpointDisabled>(p, OutboxJson.Options)!).Single(e => e.EndpointId == endpoint);
            mine.ConsecutiveFailures.ShouldBe(4);
            mine.LastError.ShouldContain("500");
            mine.Url.ShouldBe(receiver.Url(path));
        }

        // Switched off: nothing new is sent, and a replay waits for the admin to switch it on.
        await BatchRevokedAsync(app, Village);
        var delivery = log.EnumerateArray().Single().GetProperty("id").GetString();
        (await admin.PostAsync($"/api/integrations/webhooks/deliveries/{delivery}/replay", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await DeliveriesAsync(admin, endpoint)).GetArrayLength().ShouldBe(1);

        var enabled = await admin.PostAsync($"/api/integrations/webhooks/{endpoint}/enable", null);
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK, await enabled.Content.ReadAsStringAsync());
        var on = await enabled.Content.ReadFromJsonAsync<JsonElement>();
        on.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        on.GetProperty("consecutiveFailures").GetInt32().ShouldBe(0);
        (await admin.PostAsync($"/api/integrations/webhooks/deliveries/{delivery}/replay", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await receiver.WaitForAsync(path, c => c.Count >= 5)).Count.ShouldBeGreaterThanOrEqualTo(5);
    }

    [Fact]
    public async Task During_a_rotation_each_call_is_signed_with_the_old_and_the_new_secret()
    {
        var receiver = await Receiver();
        var path = receiver.Path("rotation");
        var (endpoint, old) = await EndpointAsync(app, Village, path, "label-batch.revoked");
        var admin = await app.Admin(Village);
        var rotated = await admin.PostAsync($"/api/integrations/webhooks/{endpoint}/rotate-secret", null);
        rotated.StatusCode.ShouldBe(HttpStatusCode.OK, await rotated.Content.ReadAsStringAsync());
        var answer = await rotated.Content.ReadFromJsonAsync<JsonElement>();
        var fresh = answer.GetProperty("secret").GetString()!;
        fresh.ShouldStartWith("whsec_");
        fresh.ShouldNotBe(old);
        answer.GetProperty("previousSecretValidUntil").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddHours(23));
        receiver.Accept(path, old, fresh);

        await BatchRevokedAsync(app, Village);
        var call = (await receiver.WaitForAsync(path, c => c.Count >= 1)).Single();
        call.VerifiedWith.ShouldBe([old, fresh], ignoreOrder: true);
        call.Headers["webhook-signature"].Split(' ').Length.ShouldBe(2);

        var shown = await admin.GetStringAsync($"/api/integrations/webhooks/{endpoint}");
        shown.ShouldNotContain(fresh);
        shown.ShouldNotContain(old);
        (await admin.GetStringAsync("/api/integrations/webhooks")).ShouldNotContain("whsec_");
    }

    private static Task<JsonElement> WaitAsync(HttpClient admin, Guid endpoint, Func<JsonElement, bool> done) =>
        Eventually.ReadAsync(() => admin.GetFromJsonAsync<JsonElement>($"/api/integrations/webhooks/{endpoint}"), done, TimeSpan.FromSeconds(30));

    /// <summary>A product made, submitted and approved through the catalogue API: its ProductPublished is a real event through the outbox.</summary>
    private async Task<Guid> PublishProductAsync()
    {
        var admin = await app.Admin(Village);
        var categories = JsonDocument.Parse(await admin.GetStringAsync("/api/catalogue/categories")).RootElement;
        var category = categories.EnumerateArray().First(c => !c.GetProperty("retired").GetBoolean()).GetProperty("id").GetString();
        var members = JsonDocument.Parse(await admin.GetStringAsync("/api/members?pageSize=100")).RootElement;
        var maker = members.GetProperty("items").EnumerateArray().First(m => m.GetProperty("status").GetString() == "Active").GetProperty("id").GetString();
        var tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var created = await admin.PostAsJsonAsync("/api/catalogue/products", new
        {
            categoryId = category, sku = "WH-" + tag, name = new { vi = $"Bình webhook {tag}", en = $"Webhook vase {tag}" }, description = new { vi = "Sản phẩm thử webhook.", en = "A webhook test product." },
            basePriceVnd = 250000, minimumOrderQuantity = 10, orderMultiple = 1, leadTimeDays = 30, makers = new[] { maker },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var submitted = await admin.PostAsync($"/api/catalogue/products/{id}/submit", null);
        submitted.StatusCode.ShouldBe(HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        var approved = await admin.PostAsync($"/api/catalogue/products/{id}/approve", null);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        return id;
    }
}

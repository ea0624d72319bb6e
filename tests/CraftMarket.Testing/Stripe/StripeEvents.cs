using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace CraftMarket.Testing.Stripe;

/// <summary>
/// Webhook deliveries as Stripe sends them: an event (Recorded/event.json) carrying a snapshot of the
/// object, signed with the endpoint's secret exactly as Stripe signs (header
/// <c>Stripe-Signature: t={unix time},v1={hex HMAC-SHA256 of "{t}.{payload}" keyed by the secret}</c>),
/// posted to the real endpoint on the platform host (where Stripe's dashboard would point).
/// </summary>
public static class StripeEvents
{
    public static string Event(string type, JsonObject snapshot, string? id = null)
    {
        var e = Recorded.Load("event.json");
        e["id"] = id ?? NewId();
        e["type"] = type;
        e["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        e["data"] = new JsonObject { ["object"] = snapshot.DeepClone() };
        return e.ToJsonString();
    }

    public static string NewId() => "evt_" + Guid.NewGuid().ToString("N")[..24];

    public static string Signature(string payload, string secret, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook")
        {
            Content = new StringContent(payload, Encoding.UTF8, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }),
        };
        if (signature is not null) request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        return client.SendAsync(request);
    }

    /// <summary>Signed now with the site's secret, as Stripe would deliver it.</summary>
    public static Task<HttpResponseMessage> DeliverAsync(HttpClient client, string payload) =>
        PostAsync(client, payload, Signature(payload, StripeStub.WebhookSecret, DateTimeOffset.UtcNow));
}

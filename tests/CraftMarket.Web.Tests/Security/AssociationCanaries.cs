using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Notifications.Data;
using CraftMarket.Notifications.Domain;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// Bat Trang's records of issue 16 for the security walks: a webhook endpoint (its id, address and
/// description), a personal API token of its admin (id, name, display prefix), an in-app notification
/// for its admin (id and title), and the audit trail (the canary member's creation is audited under
/// the member's name, already a secret). Routes under /webhooks/{id}, /deliveries/{deliveryId},
/// /api-tokens/{id} and /notifications/{id} get these real ids. The insight facts are numbers and
/// member names: the dashboards and the JSON are walked with the member canary's name as the secret.
/// </summary>
internal sealed record AssociationCanaries(string WebhookId, string WebhookUrl, string WebhookDescription,
    string TokenId, string TokenName, string TokenPrefix, string NotificationId, string NotificationTitle)
{
    public static async Task<AssociationCanaries> PlantAsync(SecuritySite site, HttpClient admin)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        // 127.0.0.2 is the one receiver address the security site allows (nothing listens: the event type never fires here).
        var url = $"http://127.0.0.2:9/canary-hook-{tag}";
        var hook = await Created(await admin.PostAsJsonAsync("/api/integrations/webhooks",
            new { url, description = $"Canary hook {tag}", eventTypes = new[] { "label-batch.revoked" } }));
        var webhookId = hook.GetProperty("endpoint").GetProperty("id").GetString()!;

        var token = await Created(await admin.PostAsJsonAsync("/api/account/api-tokens",
            new { name = $"canary-token-{tag}", roles = new[] { "association-admin" }, expiresInDays = 30 }));

        // An in-app notice for Bat Trang's admin, as the centre would have written it.
        var me = JsonDocument.Parse(await admin.GetStringAsync("/api/auth/me")).RootElement.GetProperty("userId").GetGuid();
        var tenant = site.Services.GetRequiredService<ITenantDirectory>().FindBySlug(SecuritySite.Village)!;
        var notice = new Notification
        {
            TenantId = tenant.Id, RecipientUserId = me, Audience = Audience.Staff, Category = "inquiry.submitted", Language = "vi",
            Title = $"Canary notice {tag}", Body = "Canary", Link = "/admin/inquiries", CreatedAt = DateTimeOffset.UtcNow, SourceEventId = Guid.NewGuid(),
        };
        await using (var scope = site.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, SecuritySite.Village);
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDb>();
            db.Notifications.Add(notice);
            await db.SaveChangesAsync();
        }

        return new AssociationCanaries(webhookId, url, $"Canary hook {tag}", token.GetProperty("id").GetString()!,
            $"canary-token-{tag}", token.GetProperty("prefix").GetString()!, notice.Id.ToString(), notice.Title);
    }

    public IEnumerable<string> Secrets => [WebhookId, WebhookUrl, WebhookDescription, TokenId, TokenName, TokenPrefix, NotificationId, NotificationTitle];

    public string? ValueFor(string route, string parameter)
    {
        var p = parameter.ToLowerInvariant();
        if (p != "id") return null;
        return route.Contains("webhooks/{id", StringComparison.OrdinalIgnoreCase) ? WebhookId
            : route.Contains("api-tokens/{id", StringComparison.OrdinalIgnoreCase) ? TokenId
            : route.Contains("notifications/{id", StringComparison.OrdinalIgnoreCase) ? NotificationId
            : null;
    }

    /// <summary>Afterwards: the endpoint is still on at its address, the token still listed and not revoked, the notice unread.</summary>
    public async Task ShouldBeUntouchedAsync(HttpClient admin)
    {
        var hook = JsonDocument.Parse(await admin.GetStringAsync($"/api/integrations/webhooks/{WebhookId}")).RootElement;
        hook.GetRawText().ShouldContain(WebhookUrl);
        hook.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        var token = Find(JsonDocument.Parse(await admin.GetStringAsync("/api/account/api-tokens")).RootElement, TokenId);
        token.ShouldNotBeNull("the canary token is still listed");
        token.Value.GetProperty("revokedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        var notice = Find(JsonDocument.Parse(await admin.GetStringAsync("/api/notifications")).RootElement, NotificationId);
        notice.ShouldNotBeNull("the canary notice is still listed");
        notice.Value.GetProperty("readAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    /// <summary>The object with this id anywhere in the answer (lists come as arrays or under "items").</summary>
    private static JsonElement? Find(JsonElement element, string id)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("id", out var value) && value.ValueKind == JsonValueKind.String && value.GetString() == id) return element;
            foreach (var property in element.EnumerateObject())
                if (Find(property.Value, id) is { } found) return found;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (Find(item, id) is { } found) return found;
        }
        return null;
    }

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement;
    }
}

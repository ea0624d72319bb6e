using CraftMarket.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Integrations.Features.Webhooks;
using CraftMarket.Integrations.Tests.Support;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Integrations.Tests.Webhooks;

/// <summary>The receiver every webhook test shares, endpoints registered through the API, and events handed to the fan-out as the outbox would.</summary>
internal static class WebhooksGiven
{
    private static readonly Lazy<Task<WebhookReceiver>> Shared = new(WebhookReceiver.StartAsync);

    public static Task<WebhookReceiver> Receiver() => Shared.Value;

    /// <summary>
    /// An endpoint of <paramref name="slug"/> posting to <paramref name="path"/> of the receiver, the only one of
    /// the village (the tests of this collection run one after another, so no earlier test's endpoint also gets the events).
    /// </summary>
    public static async Task<(Guid Id, string Secret)> EndpointAsync(IntegrationsApp app, string slug, string path, params string[] types)
    {
        var receiver = await Receiver();
        var admin = await app.Admin(slug);
        foreach (var old in (await admin.GetFromJsonAsync<JsonElement>("/api/integrations/webhooks")).EnumerateArray())
            (await admin.DeleteAsync($"/api/integrations/webhooks/{old.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var response = await admin.PostAsJsonAsync("/api/integrations/webhooks", new { url = receiver.Url(path), description = "Test ERP", eventTypes = types });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, body);
        var json = JsonDocument.Parse(body).RootElement;
        var secret = json.GetProperty("secret").GetString()!;
        receiver.Accept(path, secret);
        return (json.GetProperty("endpoint").GetProperty("id").GetGuid(), secret);
    }

    /// <summary>A batch of labels revoked in <paramref name="slug"/>, handed to the webhooks' consumer as the QualityMarks outbox would.</summary>
    public static async Task<Guid> BatchRevokedAsync(IntegrationsApp app, string slug)
    {
        var batch = Guid.NewGuid();
        await using var scope = app.ScopeFor(slug);
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantDirectory>().FindBySlug(slug)!.Id;
        var consumer = scope.ServiceProvider.GetServices<IIntegrationEventHandler<LabelBatchRevoked>>().OfType<WebhookFanOut>().Single();
        await consumer.Handle(new LabelBatchRevoked(Guid.CreateVersion7(), tenant, new LabelBatchId(batch), new CertificateId(Guid.NewGuid()), 500,
            "Stolen from the store, call Mr Hùng on +84 912 345 678", DateTimeOffset.UtcNow), CancellationToken.None);
        return batch;
    }

    public static async Task<JsonElement> DeliveriesAsync(HttpClient admin, Guid endpoint)
    {
        var response = await admin.GetAsync($"/api/integrations/webhooks/{endpoint}/deliveries");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Waits until the endpoint's log satisfies <paramref name="done"/> (the sender writes it after each answer).</summary>
    public static Task<JsonElement> LogAsync(HttpClient admin, Guid endpoint, Func<JsonElement, bool> done, int seconds = 30) =>
        Eventually.ReadAsync(() => DeliveriesAsync(admin, endpoint), done, TimeSpan.FromSeconds(seconds));

    public static bool Mentions(ReceivedCall call, Guid id) => call.Body.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase);
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Data;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Catalogue.Tests.Support;

/// <summary>Shortcuts through the public API, and a look into the catalogue's outbox.</summary>
public static class Catalogues
{
    public static async Task<Guid> CategoryId(this CatalogueApp app, string slug, string vi)
    {
        var categories = await app.ClientFor(slug).GetFromJsonAsync<JsonElement>("/api/catalogue/public/categories");
        return categories.EnumerateArray().First(c => c.GetProperty("name").GetProperty("vi").GetString() == vi).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> MemberIdOf(HttpClient producer)
    {
        var me = await producer.GetFromJsonAsync<JsonElement>("/api/members/me");
        return me.GetProperty("id").GetGuid();
    }

    /// <summary>Creates a product as <paramref name="client"/> and answers its id.</summary>
    public static async Task<Guid> Create(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/catalogue/products", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Body());
        return (await response.Json()).GetProperty("id").GetGuid();
    }

    /// <summary>Creates, submits and approves a product; answers its id.</summary>
    public static async Task<Guid> Publish(this CatalogueApp app, string slug, HttpClient producer, object body)
    {
        var id = await Create(producer, body);
        (await producer.Post($"/api/catalogue/products/{id}/submit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var approved = await (await app.Admin(slug)).Post($"/api/catalogue/products/{id}/approve");
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Body());
        return id;
    }

    /// <summary>Every catalogue event of one kind about one product, oldest first, as raw JSON.</summary>
    public static async Task<List<JsonElement>> Events<T>(this CatalogueApp app, string slug, Guid productId)
    {
        await using var scope = app.ScopeFor(slug);
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDb>();
        var name = EventName.Of(typeof(T)).Name;
        var messages = await db.Outbox.AsNoTracking().Where(m => m.Name == name).OrderBy(m => m.OccurredAt).ToListAsync();
        return [.. messages.Select(m => JsonDocument.Parse(m.Payload).RootElement.Clone())
            .Where(e => (e.TryGetProperty("productId", out var id) ? id : e.GetProperty("product").GetProperty("id")).GetGuid() == productId)];
    }
}

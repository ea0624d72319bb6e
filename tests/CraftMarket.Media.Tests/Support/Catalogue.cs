using System.Net;
using System.Net.Http.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Media.Tests.Support;

/// <summary>Products through the real Catalogue module: created by a producer, published by the association's review.</summary>
public static class Catalogue
{
    public static async Task<ProductAccess> Create(MediaApp app, string slug, ProductStatus status, string makerPhone)
    {
        var producer = await app.SignedIn(slug, makerPhone);
        var categories = await (await producer.GetAsync("/api/catalogue/categories")).Json();
        var category = categories.EnumerateArray().First().GetProperty("id").GetGuid();
        var name = "Sản phẩm thử " + Guid.NewGuid().ToString("N")[..6];
        var created = await producer.PostAsJsonAsync("/api/catalogue/products", new
        {
            categoryId = category,
            name = new Dictionary<string, string> { ["vi"] = name, ["en"] = "Test product " + name[^6..] },
            description = new Dictionary<string, string> { ["vi"] = "Hàng thử nghiệm cho ảnh.", ["en"] = "A product for photo tests." },
            material = new Dictionary<string, string> { ["vi"] = "Gốm", ["en"] = "Ceramic" },
            basePriceVnd = 150_000, minimumOrderQuantity = 10, orderMultiple = 1, leadTimeDays = 30, placeOfOrigin = "Bát Tràng",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = new ProductId((await created.Json()).GetProperty("id").GetGuid());
        if (status == ProductStatus.Published) await Publish(app, slug, id, makerPhone);
        return await AccessOf(app, slug, id);
    }

    /// <summary>Submit, approve, and wait until Media has heard of it through Catalogue's outbox.</summary>
    public static async Task Publish(MediaApp app, string slug, ProductId id, string makerPhone)
    {
        var producer = await app.SignedIn(slug, makerPhone);
        (await producer.PostAsync($"/api/catalogue/products/{id.Value}/submit", null)).IsSuccessStatusCode.ShouldBeTrue("submit");
        var approved = await (await app.Admin(slug)).PostAsync($"/api/catalogue/products/{id.Value}/approve", null);
        approved.IsSuccessStatusCode.ShouldBeTrue(await approved.Content.ReadAsStringAsync());
        await WaitForVisibility(app, slug, id, true);
    }

    public static async Task Withdraw(MediaApp app, string slug, ProductId id)
    {
        var archived = await (await app.Admin(slug)).PostAsync($"/api/catalogue/products/{id.Value}/archive", null);
        archived.IsSuccessStatusCode.ShouldBeTrue(await archived.Content.ReadAsStringAsync());
        await WaitForVisibility(app, slug, id, false);
    }

    public static Task Publish(this MediaApp app, ProductAccess product, string makerPhone = MediaApp.BatTrangProducer) =>
        Publish(app, "bat-trang", product.Id, makerPhone);

    /// <summary>
    /// The event queues behind the demo seeding's tail in Catalogue's outbox, which a busy CI machine
    /// can take a minute or more to deliver: the deadline is generous, the wait ends as soon as it lands.
    /// </summary>
    private static async Task WaitForVisibility(MediaApp app, string slug, ProductId id, bool isPublic)
    {
        for (var until = DateTime.UtcNow.AddMinutes(3); DateTime.UtcNow < until;)
        {
            await using var scope = app.ScopeFor(slug);
            if (await scope.ServiceProvider.GetRequiredService<MediaDb>().Visibility.AnyAsync(v => v.ProductId == id && v.IsPublic == isPublic)) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"Media did not hear that product {id} is {(isPublic ? "published" : "withdrawn")}");
    }

    private static async Task<ProductAccess> AccessOf(MediaApp app, string slug, ProductId id)
    {
        await using var scope = app.ScopeFor(slug);
        return (await scope.ServiceProvider.GetRequiredService<ICatalogue>().FindAccessAsync(id, default))!;
    }
}

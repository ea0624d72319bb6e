using System.Net;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Media.Tests.Api;

public sealed class PostgresMediaApp() : MediaApp(PostgresDatabase.Create());

/// <summary>Upload to public picture on a real PostgreSQL: the photo page, the render job through the outbox, the storefront.</summary>
public sealed class PostgresPhotoTests(PostgresMediaApp app) : IClassFixture<PostgresMediaApp>
{
    [Fact]
    public async Task A_photo_uploaded_on_the_page_is_rendered_and_shown_on_the_storefront()
    {
        var product = await app.ProductOf("dong-ky", ProductStatus.Draft, "0915 660 284");
        var producer = await app.SignedInWithCookie("dong-ky", "0915 660 284");
        var key = Guid.NewGuid().ToString();
        var bytes = TestImages.Jpeg(900, 700, seed: 601);
        var token = await producer.TokenAsync(product.Id);

        var uploaded = await producer.UploadAsScript(product.Id, bytes, token, key);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Accepted, await uploaded.Content.ReadAsStringAsync());
        var id = (await uploaded.Json()).GetProperty("id").GetGuid();
        (await producer.UploadAsScript(product.Id, bytes, token, key)).StatusCode.ShouldBe(HttpStatusCode.OK, "the retry finds it by its key");
        PhotoPage.StateOf(await producer.SettledOnPage(product.Id, id), id).ShouldBe("ready");

        await Support.Catalogue.Publish(app, "dong-ky", product.Id, "0915 660 284");
        var page = WebUtility.HtmlDecode(await app.ClientFor("dong-ky", followRedirects: true).GetStringAsync($"/vi/products/{product.Id.Value}"));
        page.ShouldContain($"<source type=\"image/avif\" srcset=\"/media/{id}/");
        page.ShouldContain("width=\"900\" height=\"700\" loading=\"eager\" fetchpriority=\"high\"");
    }
}

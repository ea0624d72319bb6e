using System.Net;
using System.Net.Http.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetVips;

namespace CraftMarket.Media.Tests.Api;

/// <summary>From upload to the storefront's picture: render job, serving rules, order, cover, rejection.</summary>
public sealed class PhotoLifecycleTests(SqliteMediaApp app) : IClassFixture<SqliteMediaApp>
{
    [Fact]
    public async Task An_uploaded_photo_is_rendered_off_the_request_and_served_in_every_size_and_format()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);

        var response = await producer.Upload(product.Id, TestImages.JpegWithGps());
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var accepted = await response.Json();
        accepted.GetProperty("state").GetString().ShouldBe("processing");
        response.Headers.Location!.ToString().ShouldBe($"/api/products/{product.Id.Value}/photos/{accepted.GetProperty("id").GetGuid()}");

        var ready = await producer.Settled(product.Id, accepted.GetProperty("id").GetGuid());
        ready.GetProperty("state").GetString().ShouldBe("ready");
        ready.GetProperty("isCover").GetBoolean().ShouldBeTrue();
        await app.Publish(product);

        var gallery = await Gallery("bat-trang", product.Id);
        var picture = gallery.Photos.ShouldHaveSingleItem();
        (picture.Width, picture.Height).ShouldBe((700, 500));
        picture.Sources.Select(s => s.MimeType).ShouldBe(["image/avif", "image/webp", "image/jpeg"]);
        var urls = picture.Sources.SelectMany(s => s.SrcSet.Split(", ").Select(e => e.Split(' ')[0])).ToList();
        urls.Count.ShouldBe(9, "320, 640 and the photo's own 700, in three formats");
        var anonymous = app.ClientFor("bat-trang");
        foreach (var url in urls)
        {
            var served = await anonymous.GetAsync(url);
            served.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            served.Headers.CacheControl!.ToString().ShouldContain("immutable");
            served.Headers.ETag.ShouldNotBeNull();
            var bytes = await served.Content.ReadAsByteArrayAsync();
            using var image = Image.NewFromBuffer(bytes);
            image.GetFields().ShouldNotContain(f => f.StartsWith("exif") || f.StartsWith("xmp") || f.StartsWith("iptc"), url);
            bytes.AsSpan().IndexOf("GPS"u8).ShouldBe(-1, url);

            var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.IfNoneMatch.Add(served.Headers.ETag!);
            (await anonymous.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
        }
        (await anonymous.GetAsync(urls[0].Replace(urls[0].Split('/')[3], "0000000000000000000r1", StringComparison.Ordinal))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Photos_of_an_unpublished_product_are_not_public_but_its_makers_preview_them()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var (_, photo) = await producer.UploadReady(product.Id, TestImages.Jpeg(seed: 21));
        var url = photo.GetProperty("thumbnailUrl").GetString()!;
        var anonymous = app.ClientFor("bat-trang");

        (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ClientFor(null).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nor on the platform host");
        (await Gallery("bat-trang", product.Id)).Photos.ShouldBeEmpty();
        var preview = await producer.GetAsync(url);
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        preview.Headers.CacheControl!.NoStore.ShouldBeTrue();

        await app.Publish(product);
        (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.ClientFor(null).GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, "the landing page shows public photos of every village");

        await Support.Catalogue.Withdraw(app, "bat-trang", product.Id);
        (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "withdrawn: hidden again");
    }

    [Fact]
    public async Task The_same_upload_retried_with_its_client_id_is_the_same_photo()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var bytes = TestImages.Jpeg(seed: 31);
        var clientId = "cam-" + Guid.NewGuid().ToString("N");

        var first = await producer.Upload(product.Id, bytes, clientId: clientId);
        var retry = await producer.Upload(product.Id, bytes, clientId: clientId);
        var other = await producer.Upload(product.Id, TestImages.Jpeg(seed: 32), clientId: clientId);

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await retry.Json()).GetProperty("id").GetGuid().ShouldBe((await first.Json()).GetProperty("id").GetGuid());
        other.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await producer.GetFromJsonAsync<List<PhotoSummary>>($"/api/products/{product.Id.Value}/photos"))!.Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_same_photo_twice_is_stored_and_rendered_once()
    {
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var vase = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var jar = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var bytes = TestImages.Jpeg(1000, 800, seed: 41);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

        var (first, _) = await producer.UploadReady(vase.Id, bytes);
        var again = await producer.Upload(vase.Id, bytes);
        (await again.Json()).GetProperty("id").GetGuid().ShouldBe(first, "the same bytes on the same product are the same photo");
        var (second, _) = await producer.UploadReady(jar.Id, bytes);
        second.ShouldNotBe(first);

        app.Originals().Count(f => f.EndsWith(sha, StringComparison.Ordinal)).ShouldBe(1);
        app.Renditions(sha).Length.ShouldBe(3 * 3 + 1, "320, 640, 1000 in three formats, and the manifest");
        await using var scope = app.ScopeFor("bat-trang");
        var photos = await MediaApp.Db(scope).Photos.Where(p => p.Sha256 == sha).ToListAsync();
        photos.Count.ShouldBe(2);
        photos.ShouldAllBe(p => p.Renders == 1);
    }

    [Fact]
    public async Task Another_village_cannot_see_or_touch_a_product_or_its_photos()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var (photoId, photo) = await producer.UploadReady(product.Id, TestImages.Jpeg(seed: 51));
        await app.Publish(product);
        var url = photo.GetProperty("thumbnailUrl").GetString()!;

        var vanPhucProducer = await app.SignedIn("van-phuc", MediaApp.VanPhucProducer);
        var vanPhucAdmin = await app.Admin("van-phuc");
        (await vanPhucProducer.Upload(product.Id, TestImages.Jpeg(seed: 52))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhucAdmin.GetAsync($"/api/products/{product.Id.Value}/photos")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vanPhucAdmin.PostAsJsonAsync($"/api/products/{product.Id.Value}/photos/{photoId}/reject", new { reason = "x" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ClientFor("van-phuc").GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a Bat Trang photo is not served on Van Phuc's host");

        var otherProducer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer2);
        (await otherProducer.Upload(product.Id, TestImages.Jpeg(seed: 53))).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "not one of its makers");
        (await app.ClientFor("bat-trang").Upload(product.Id, TestImages.Jpeg(seed: 54))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Makers_reorder_and_choose_the_cover_staff_reject_with_a_reason_and_search_hears_of_each_new_cover()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var (a, _) = await producer.UploadReady(product.Id, TestImages.Jpeg(seed: 61));
        var (b, _) = await producer.UploadReady(product.Id, TestImages.Jpeg(seed: 62));
        var (c, _) = await producer.UploadReady(product.Id, TestImages.Jpeg(seed: 63));

        (await producer.PutAsJsonAsync($"/api/products/{product.Id.Value}/photos/order", new { photos = new[] { c, a } })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Order(producer, product)).ShouldBe([c, a, b]);
        (await producer.PostAsync($"/api/products/{product.Id.Value}/photos/{b}/cover", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Order(producer, product)).ShouldBe([b, c, a]);

        (await producer.PostAsJsonAsync($"/api/products/{product.Id.Value}/photos/{b}/reject", new { reason = "mờ" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var inspector = await app.SignedIn("bat-trang", "inspector@bat-trang.craftmarket.local");
        (await inspector.PostAsJsonAsync($"/api/products/{product.Id.Value}/photos/{b}/reject", new { reason = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await inspector.PostAsJsonAsync($"/api/products/{product.Id.Value}/photos/{b}/reject", new { reason = "Ảnh bị mờ, chụp lại dưới ánh sáng tự nhiên" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var rejected = await (await producer.GetAsync($"/api/products/{product.Id.Value}/photos/{b}")).Json();
        rejected.GetProperty("state").GetString().ShouldBe("rejected");
        rejected.GetProperty("rejectionReason").GetString().ShouldBe("Ảnh bị mờ, chụp lại dưới ánh sáng tự nhiên");

        await using var scope = app.ScopeFor("bat-trang");
        var covers = (await MediaApp.Db(scope).Outbox.Where(m => m.Name == "media.product-cover-changed" && m.Payload.Contains(product.Id.Value.ToString()))
            .OrderBy(m => m.OccurredAt).ToListAsync()).Select(m => System.Text.Json.JsonDocument.Parse(m.Payload).RootElement.GetProperty("photoId").GetProperty("value").GetGuid()).ToList();
        covers.ShouldBe([a, c, b, c], "first ready photo, reorder, chosen cover, cover rejected");
    }

    [Fact]
    public async Task Only_the_makers_and_the_association_admin_remove_photos_inspectors_and_the_export_desk_do_not()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var (a, _) = await producer.UploadReady(product.Id, TestImages.Jpeg(seed: 71));
        var (b, _) = await producer.UploadReady(product.Id, TestImages.Jpeg(seed: 72));
        var (c, _) = await producer.UploadReady(product.Id, TestImages.Jpeg(seed: 73));

        foreach (var login in new[] { "inspector@bat-trang.craftmarket.local", "export@bat-trang.craftmarket.local" })
        {
            var staff = await app.SignedIn("bat-trang", login);
            var refused = await staff.DeleteAsync($"/api/products/{product.Id.Value}/photos/{a}");
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, login);
            (await staff.GetAsync($"/api/products/{product.Id.Value}/photos/{a}")).StatusCode.ShouldBe(HttpStatusCode.OK, $"{login} still sees the photos");
        }
        (await Order(producer, product)).ShouldBe([a, b, c], "nothing was removed");

        (await producer.DeleteAsync($"/api/products/{product.Id.Value}/photos/{a}")).StatusCode.ShouldBe(HttpStatusCode.NoContent, "the maker removes");
        (await (await app.Admin("bat-trang")).DeleteAsync($"/api/products/{product.Id.Value}/photos/{b}")).StatusCode.ShouldBe(HttpStatusCode.NoContent, "the admin removes");
        (await Order(producer, product)).ShouldBe([c]);
    }

    private async Task<ProductGallery> Gallery(string slug, ProductId product)
    {
        await using var scope = app.ScopeFor(slug);
        return (await scope.ServiceProvider.GetRequiredService<IProductPhotos>().ForProductsAsync([product], CancellationToken.None))[product];
    }

    private static async Task<List<Guid>> Order(HttpClient client, ProductAccess product) =>
        (await client.GetFromJsonAsync<List<PhotoSummary>>($"/api/products/{product.Id.Value}/photos"))!.OrderBy(p => p.Position).Select(p => p.Id).ToList();

    private sealed record PhotoSummary(Guid Id, int Position, string State, bool IsCover);
}

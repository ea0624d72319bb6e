using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Media.Tests.Api;

/// <summary>
/// A suspended association serves nothing: its host shows the suspension page, and the platform host
/// (where the landing page reads every village's public photos) serves neither its photos nor its logo.
/// Its own site, so suspending a village does not disturb other tests.
/// </summary>
public sealed class SuspendedVillagePhotoTests(SqliteMediaApp app) : IClassFixture<SqliteMediaApp>
{
    [Fact]
    public async Task The_platform_host_serves_neither_photos_nor_logo_of_a_suspended_village()
    {
        const string slug = "van-phuc";
        var product = await app.ProductOf(slug, ProductStatus.Published, MediaApp.VanPhucProducer);
        var producer = await app.SignedIn(slug, MediaApp.VanPhucProducer);
        var (_, photo) = await producer.UploadReady(product.Id, TestImages.Jpeg(seed: 7));
        await app.WaitForOutboxesAsync();
        var url = photo.GetProperty("thumbnailUrl").GetString()!;

        var logoForm = new MultipartFormDataContent();
        var logoFile = new ByteArrayContent(TestImages.Png(120, 60));
        logoFile.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        logoForm.Add(logoFile, "logo", "logo.png");
        var uploaded = await (await app.Admin(slug)).PostAsync("/api/association/brand/logo", logoForm);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.OK, await uploaded.Content.ReadAsStringAsync());
        var logo = (await uploaded.Json()).GetProperty("logoUrl").GetString()!;

        var platform = app.ClientFor(null);
        (await platform.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, "a public photo of an active village is served on the platform host");
        (await platform.GetAsync(logo)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var admin = await app.ClientFor(null).SignedInAs(Auth.PlatformAdmin);
        var suspended = await admin.PostAsJsonAsync($"/api/platform/tenants/{app.TenantIdOf(slug).Value}/suspend", new { reason = "unpaid fees" });
        suspended.IsSuccessStatusCode.ShouldBeTrue(await suspended.Content.ReadAsStringAsync());

        (await platform.GetAsync(logo)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "logos were already withheld");
        (await platform.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nor are its photos served while it is suspended");
        var other = await app.ProductOf("bat-trang", ProductStatus.Published, MediaApp.BatTrangProducer);
        var (_, otherPhoto) = await (await app.SignedIn("bat-trang", MediaApp.BatTrangProducer)).UploadReady(other.Id, TestImages.Jpeg(seed: 8));
        await app.WaitForOutboxesAsync();
        (await platform.GetAsync(otherPhoto.GetProperty("thumbnailUrl").GetString())).StatusCode.ShouldBe(HttpStatusCode.OK, "other villages are unaffected");
    }
}

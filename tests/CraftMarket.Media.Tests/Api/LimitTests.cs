using System.Net;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Tests.Support;

namespace CraftMarket.Media.Tests.Api;

/// <summary>
/// The per-account upload rate and the per-producer storage quota, with limits small enough to
/// reach (3 uploads a minute, 150 000 bytes of originals). The page and the API share both.
/// </summary>
public sealed class LimitTests(TightLimitsApp app) : IClassFixture<TightLimitsApp>
{
    [Fact]
    public async Task Uploads_past_the_rate_limit_are_refused_before_the_body_is_read_on_the_api_and_the_page_alike()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        for (var i = 0; i < 3; i++)
            (await producer.Upload(product.Id, TestImages.Jpeg(seed: 500 + i))).StatusCode.ShouldBe(HttpStatusCode.Accepted, $"upload {i + 1} of 3");
        var stored = app.Originals().Length;

        // 20 MB without a declared length: read, it would pass the 1 MB limit and be 413, not 429.
        var body = new CountingBody(TestImages.Jpeg(seed: 503), totalBytes: 20L * 1024 * 1024, declareLength: false);
        var fourth = await producer.PostAsync($"/api/products/{product.Id.Value}/photos", body.AsMultipart());
        fourth.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await fourth.Json()).GetProperty("code").GetString().ShouldBe("rate_limited");
        body.BytesRead.ShouldBeLessThan(1_000_000, "refused before the body was read");
        app.Originals().Length.ShouldBe(stored, "nothing stored");

        var page = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        var pageBody = new CountingBody(TestImages.Jpeg(seed: 504), totalBytes: 20L * 1024 * 1024, declareLength: false);
        var viaPage = await page.UploadAsScript(product.Id, pageBody.AsMultipart(), await page.TokenAsync(product.Id));
        viaPage.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "the same account, the same count");
        (await viaPage.Json()).GetProperty("detail").GetString().ShouldBe("Tải lên quá nhiều cùng lúc (tối đa 3 ảnh mỗi phút). Trang sẽ tự thử lại.");
        pageBody.BytesRead.ShouldBeLessThan(1_000_000, "refused before the body was read, on the page too");

        var other = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer2);
        var theirs = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer2);
        (await other.Upload(theirs.Id, TestImages.Jpeg(seed: 505))).StatusCode.ShouldBe(HttpStatusCode.Accepted, "another producer has a count of their own");
    }

    [Fact]
    public async Task A_producer_past_their_quota_is_refused_until_they_remove_photos()
    {
        var product = await app.ProductOf("van-phuc", ProductStatus.Draft, MediaApp.VanPhucProducer);
        var producer = await app.SignedIn("van-phuc", MediaApp.VanPhucProducer);
        var first = TestImages.NoisyJpeg(300, 230, seed: 511);
        var second = TestImages.NoisyJpeg(300, 230, seed: 512);
        first.Length.ShouldBeInRange(75_001, 149_999, "one photo fits the quota, two do not");
        (first.Length + second.Length).ShouldBeGreaterThan(150_000);

        var accepted = await producer.Upload(product.Id, first);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var refused = await producer.Upload(product.Id, second);
        refused.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await refused.Json()).GetProperty("code").GetString().ShouldBe("quota_exceeded");

        var id = (await accepted.Json()).GetProperty("id").GetGuid();
        (await producer.DeleteAsync($"/api/products/{product.Id.Value}/photos/{id}")).IsSuccessStatusCode.ShouldBeTrue();
        (await producer.Upload(product.Id, second)).StatusCode.ShouldBe(HttpStatusCode.Accepted, "room again after removing a photo");
    }
}

using System.Net;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Storage;
using CraftMarket.Media.Tests.Support;

namespace CraftMarket.Media.Tests.Api;

/// <summary>The S3 adapter against a real S3-compatible server, alone and as the site's store for the whole pipeline.</summary>
public sealed class S3StoreTests(S3rver s3) : IClassFixture<S3rver>
{
    private S3Options Options(string bucket) => new()
    {
        ServiceUrl = s3.ServiceUrl, Bucket = bucket, AccessKey = S3rver.AccessKey, SecretKey = S3rver.SecretKey, CreateBucket = true,
    };

    [Fact]
    public async Task Objects_are_put_found_read_back_and_deleted()
    {
        using var store = new S3BlobStore(Options("unit-" + Guid.NewGuid().ToString("N")[..8]));
        var file = Path.GetTempFileName();
        var bytes = TestImages.Jpeg(320, 240);
        await File.WriteAllBytesAsync(file, bytes);
        const string key = "originals/ab/abcdef";

        (await store.ExistsAsync(key, default)).ShouldBeFalse();
        await store.PutAsync(key, file, "image/jpeg", default);
        await store.PutAsync(key, file, "image/jpeg", default);   // idempotent
        (await store.ExistsAsync(key, default)).ShouldBeTrue();
        await using (var content = (await store.OpenReadAsync(key, default))!)
        {
            content.Length.ShouldBe(bytes.Length);
            using var copy = new MemoryStream();
            await content.Stream.CopyToAsync(copy);
            copy.ToArray().ShouldBe(bytes);
        }
        await store.DeleteAsync(key, default);
        (await store.OpenReadAsync(key, default)).ShouldBeNull();
        File.Delete(file);
    }

    [Fact]
    public async Task The_whole_pipeline_runs_on_s3()
    {
        var bucket = "site-" + Guid.NewGuid().ToString("N")[..8];
        await using var app = new MediaApp(extra: new Dictionary<string, string?>
        {
            ["CraftMarket:Media:BlobStore"] = "S3",
            ["CraftMarket:Media:S3:ServiceUrl"] = s3.ServiceUrl,
            ["CraftMarket:Media:S3:Bucket"] = bucket,
            ["CraftMarket:Media:S3:AccessKey"] = S3rver.AccessKey,
            ["CraftMarket:Media:S3:SecretKey"] = S3rver.SecretKey,
            ["CraftMarket:Media:S3:CreateBucket"] = "true",
            ["CraftMarket:Media:SeedDemoPhotos"] = "false",
        });
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var bytes = TestImages.Jpeg(900, 600, seed: 71);
        var (_, photo) = await producer.UploadReady(product.Id, bytes);
        await app.Publish(product);

        var served = await app.ClientFor("bat-trang").GetAsync(photo.GetProperty("thumbnailUrl").GetString());
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        app.Originals().ShouldBeEmpty("nothing went to the local file system");
        using var store = new S3BlobStore(Options(bucket));
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        (await store.ExistsAsync(BlobKeys.Original(sha), default)).ShouldBeTrue("the original is in the bucket");
        (await store.ExistsAsync(BlobKeys.Manifest(sha, RenditionRecipe.Version), default)).ShouldBeTrue("and so are its renditions");
    }
}

using System.Net;
using System.Security.Cryptography;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Features.Resumable;
using CraftMarket.Media.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Media.Tests.Api;

/// <summary>
/// The tus 1.0.0 server in front of the photo pipeline: round trips, a resume after the signal drops
/// (only the missing bytes travel), offsets, idempotency, expiry, limits and who may touch an upload,
/// on the API (bearer) and on the household's page routes (cookie and antiforgery header).
/// </summary>
[Collection(SharedMediaSite.Name)]
public sealed class ResumableUploadTests(SqliteMediaApp app)
{
    private ResumableUploadStore Store => app.Services.GetRequiredService<ResumableUploadStore>();

    private async Task<(ProductAccess Product, Tus Tus)> ProducerUpload()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        return (product, new Tus(await app.SignedIn("bat-trang", MediaApp.BatTrangProducer), product.Id));
    }

    private async Task<int> PhotoCount(ProductId product)
    {
        await using var scope = app.ScopeFor("bat-trang");
        return await MediaApp.Db(scope).Photos.CountAsync(p => p.ProductId == product);
    }

    [Fact]
    public async Task Options_advertise_the_version_the_extensions_and_the_size_limit()
    {
        var (_, tus) = await ProducerUpload();
        var client = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);

        using var options = await client.SendAsync(tus.Request(HttpMethod.Options, tus.Collection, version: false));

        options.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        options.Headers.GetValues("Tus-Version").ShouldBe(["1.0.0"]);
        options.Headers.GetValues("Tus-Extension").Single().Split(',').ShouldBe(["creation", "creation-with-upload", "termination", "expiration"]);
        options.Headers.GetValues("Tus-Max-Size").ShouldBe([(25L * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }

    [Fact]
    public async Task A_photo_sent_in_chunks_becomes_one_photo_and_the_completing_patch_names_it()
    {
        var (product, tus) = await ProducerUpload();
        var bytes = TestImages.NoisyJpeg(900, 700, seed: 701);
        bytes.Length.ShouldBeGreaterThan(3 * 64 * 1024, "several chunks");

        var url = await tus.NewAsync(bytes.Length, key: "tus-roundtrip-701");
        url.ShouldStartWith($"/api/products/{product.Id.Value}/photo-uploads/");
        (await tus.OffsetAsync(url)).ShouldBe(0);
        using (var first = await tus.PatchAsync(url, 0, bytes[..100_000]))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.NoContent, await first.Content.ReadAsStringAsync());
            first.Headers.GetValues("Upload-Offset").ShouldBe(["100000"]);
            first.Headers.Contains("Upload-Expires").ShouldBeTrue();
            first.Headers.Contains("CraftMarket-Photo-Id").ShouldBeFalse("not complete yet");
        }
        (await tus.OffsetAsync(url)).ShouldBe(100_000);
        using var last = await tus.PatchAsync(url, 100_000, bytes[100_000..]);

        last.StatusCode.ShouldBe(HttpStatusCode.NoContent, await last.Content.ReadAsStringAsync());
        last.Headers.GetValues("Upload-Offset").ShouldBe([bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        last.Headers.GetValues("CraftMarket-Photo-State").ShouldBe(["processing"]);
        var photo = Tus.PhotoId(last);
        last.Headers.Location!.OriginalString.ShouldBe($"/api/products/{product.Id.Value}/photos/{photo}");
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var settled = await producer.Settled(product.Id, photo);
        settled.GetProperty("state").GetString().ShouldBe("ready");
        settled.GetProperty("clientId").GetString().ShouldBe("tus-roundtrip-701");
        app.Originals().ShouldContain(f => f.EndsWith(Convert.ToHexStringLower(SHA256.HashData(bytes)), StringComparison.Ordinal), "the bytes arrived whole and in order");
        File.Exists(Store.PartPath(url.Split('/')[^1])).ShouldBeFalse("the part file is gone once the photo has it");
    }

    [Fact]
    public async Task After_the_signal_drops_head_gives_the_offset_and_only_the_missing_bytes_are_sent()
    {
        var (product, tus) = await ProducerUpload();
        var bytes = TestImages.NoisyJpeg(1000, 800, seed: 702);
        var url = await tus.NewAsync(bytes.Length);
        var before = Store.BytesAppended;

        var cutAfter = bytes.Length / 2 + 123;
        try
        {
            using var cut = await tus.PatchAsync(url, 0, new CutBody(bytes, cutAfter));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            // the phone lost its signal mid-request: no answer
        }
        var offset = 0L;
        for (var until = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < until && offset < cutAfter; await Task.Delay(20))
            offset = await tus.OffsetAsync(url);
        offset.ShouldBe(cutAfter, "every byte that arrived before the drop is kept, and nothing else");

        var rest = new CountingBody(bytes[(int)offset..], bytes.Length - offset, declareLength: true);
        rest.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(Tus.ChunkType);
        using var resumed = await tus.PatchAsync(url, offset, rest);

        resumed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await resumed.Content.ReadAsStringAsync());
        rest.BytesRead.ShouldBe(bytes.Length - cutAfter, "the resume sent only the missing bytes");
        (Store.BytesAppended - before).ShouldBe(bytes.Length, "the server wrote each byte once: half before the drop, the rest after");
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        (await producer.Settled(product.Id, Tus.PhotoId(resumed))).GetProperty("state").GetString().ShouldBe("ready");
        app.Originals().ShouldContain(f => f.EndsWith(Convert.ToHexStringLower(SHA256.HashData(bytes)), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_patch_at_the_wrong_offset_is_409_and_changes_nothing()
    {
        var (_, tus) = await ProducerUpload();
        var bytes = TestImages.Jpeg(seed: 703);
        var url = await tus.NewAsync(bytes.Length);
        (await tus.PatchAsync(url, 0, bytes[..1000])).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var behind = await tus.PatchAsync(url, 500, bytes[500..2000]);
        using var ahead = await tus.PatchAsync(url, 2000, bytes[2000..3000]);

        behind.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ahead.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await behind.Json()).GetProperty("code").GetString().ShouldBe("offset_mismatch");
        behind.Headers.GetValues("Upload-Offset").ShouldBe(["1000"]);
        (await tus.OffsetAsync(url)).ShouldBe(1000);
    }

    [Fact]
    public async Task The_same_idempotency_key_answers_the_same_upload_and_a_completed_upload_makes_one_photo_only()
    {
        var (product, tus) = await ProducerUpload();
        var bytes = TestImages.Jpeg(seed: 704);
        var key = "tus-key-" + Guid.NewGuid().ToString("N");

        var url = await tus.NewAsync(bytes.Length, key);
        (await tus.NewAsync(bytes.Length, key)).ShouldBe(url, "a creation retried (its answer lost) is the same upload");
        using var done = await tus.PatchAsync(url, 0, bytes);
        done.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var photo = Tus.PhotoId(done);

        (await tus.NewAsync(bytes.Length, key)).ShouldBe(url, "after completion too");
        using var head = await tus.HeadAsync(url);
        head.Headers.GetValues("Upload-Offset").ShouldBe([bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Tus.PhotoId(head).ShouldBe(photo, "a client that lost the completing answer learns the photo from HEAD");
        using var again = await tus.PatchAsync(url, bytes.Length, []);
        again.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Tus.PhotoId(again).ShouldBe(photo, "the completing PATCH retried answers the same photo");

        // Even once the upload's record is gone, the key is the photo's: the same bytes again are the same photo.
        (await tus.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var redone = await tus.UploadAsync(bytes, key: key);
        redone.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Tus.PhotoId(redone).ShouldBe(photo);
        (await PhotoCount(product.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Creation_with_upload_takes_the_first_bytes_in_the_post()
    {
        var (product, tus) = await ProducerUpload();
        var bytes = TestImages.Jpeg(seed: 705);

        using var created = await tus.CreateAsync(bytes.Length, firstBytes: bytes);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        created.Headers.GetValues("Upload-Offset").ShouldBe([bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        (await producer.Settled(product.Id, Tus.PhotoId(created))).GetProperty("state").GetString().ShouldBe("ready");
    }

    [Fact]
    public async Task Protocol_mistakes_and_limits_are_refused_early_with_a_reason()
    {
        var (product, tus) = await ProducerUpload();
        var client = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);

        using var huge = await tus.CreateAsync(26L * 1024 * 1024);
        huge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await huge.Json()).GetProperty("detail").GetString()!.ShouldContain("25 MB");

        var noVersion = tus.Request(HttpMethod.Post, tus.Collection, version: false);
        noVersion.Headers.Add("Upload-Length", "1000");
        using (var refused = await client.SendAsync(noVersion))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
            refused.Headers.GetValues("Tus-Version").ShouldBe(["1.0.0"]);
        }
        var noLength = tus.Request(HttpMethod.Post, tus.Collection);
        (await client.SendAsync(noLength)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var badMetadata = tus.Request(HttpMethod.Post, tus.Collection);
        badMetadata.Headers.Add("Upload-Length", "1000");
        badMetadata.Headers.Add("Upload-Metadata", "filename not-base64!!");
        (await client.SendAsync(badMetadata)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tus.CreateAsync(1000, filetype: "application/pdf")).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);

        var bytes = TestImages.Jpeg(seed: 706);
        var url = await tus.NewAsync(bytes.Length);
        using (var wrongType = await tus.PatchAsync(url, 0, bytes, contentType: "image/jpeg"))
            wrongType.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        using (var tooMany = await tus.PatchAsync(url, 0, [.. bytes, .. bytes]))
            tooMany.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await tus.OffsetAsync(url)).ShouldBe(0);
        (await tus.HeadAsync(tus.Collection + "/" + Guid.NewGuid().ToString("N"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tus.PatchAsync(tus.Collection + "/..%2F..%2Fkeys", 0, bytes)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The header's limits as soon as the header has arrived: a bomb's first chunk, not its last.
        var bomb = TestImages.PngBomb();
        var bombUrl = await tus.NewAsync(1_000_000);
        using var bombed = await tus.PatchAsync(bombUrl, 0, bomb);
        bombed.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await bombed.Json()).GetProperty("detail").GetString()!.ShouldContain("100000 x 100000");
        (await tus.HeadAsync(bombUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a refused upload is ended");
        var text = TestImages.TextRenamedJpg();
        var textUrl = await tus.NewAsync(100_000);
        (await tus.PatchAsync(textUrl, 0, text)).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await PhotoCount(product.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_png_whose_idat_fails_its_crc_is_refused_when_complete_and_a_good_png_is_accepted()
    {
        var (product, tus) = await ProducerUpload();
        var broken = BrokenPng.WithBadCrc(TestImages.Png(seed: 707), "IDAT");

        using var refused = await tus.UploadAsync(broken, chunk: 4096);

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.Json()).GetProperty("detail").GetString()!.ShouldContain("fails its checksum (CRC)");
        using var accepted = await tus.UploadAsync(TestImages.Png(seed: 707), chunk: 4096);
        accepted.StatusCode.ShouldBe(HttpStatusCode.NoContent, await accepted.Content.ReadAsStringAsync());
        (await PhotoCount(product.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task Another_household_another_village_and_another_users_upload_are_not_found()
    {
        var (product, tus) = await ProducerUpload();
        var bytes = TestImages.Jpeg(seed: 708);
        var url = await tus.NewAsync(bytes.Length);

        var neighbour = new Tus(await app.SignedIn("bat-trang", MediaApp.BatTrangProducer2), product.Id);
        (await neighbour.CreateAsync(bytes.Length)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another household's product");
        (await neighbour.HeadAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbour.PatchAsync(url, 0, bytes)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var vanPhuc = new Tus(await app.SignedIn("van-phuc", MediaApp.VanPhucProducer), product.Id);
        (await vanPhuc.CreateAsync(bytes.Length)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another village's product");
        (await vanPhuc.PatchAsync(url, 0, bytes)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var admin = new Tus(await app.Admin("bat-trang"), product.Id);
        (await admin.HeadAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the association may upload its own, not continue a household's");
        (await admin.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var otherProduct = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        (await new Tus(await app.SignedIn("bat-trang", MediaApp.BatTrangProducer), otherProduct.Id).HeadAsync(url.Replace(product.Id.Value.ToString(), otherProduct.Id.Value.ToString(), StringComparison.Ordinal)))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "an upload belongs to its product");

        (await tus.OffsetAsync(url)).ShouldBe(0, "untouched by all of them");
        (await tus.DeleteAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await tus.HeadAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "terminated");
        File.Exists(Store.PartPath(url.Split('/')[^1])).ShouldBeFalse();
    }

    [Fact]
    public async Task Unfinished_uploads_expire_and_the_sweep_deletes_their_bytes()
    {
        var (_, tus) = await ProducerUpload();
        var bytes = TestImages.Jpeg(seed: 709);
        var stale = await tus.NewAsync(bytes.Length);
        var live = await tus.NewAsync(bytes.Length);
        (await tus.PatchAsync(stale, 0, bytes[..5000])).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var staleId = stale.Split('/')[^1];
        File.Exists(Store.PartPath(staleId)).ShouldBeTrue();

        var upload = (await Store.FindAsync(staleId, default))!;
        await Store.SaveAsync(upload with { Expires = DateTimeOffset.UtcNow.AddMinutes(-1) }, default);
        (await tus.HeadAsync(stale)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "expired before the sweep comes");
        var removed = await Store.SweepAsync(DateTimeOffset.UtcNow, default);

        removed.ShouldBeGreaterThanOrEqualTo(1);
        File.Exists(Store.PartPath(staleId)).ShouldBeFalse("the sweep deleted the bytes");
        (await tus.OffsetAsync(live)).ShouldBe(0, "an upload within its time is kept");
        (await Store.SweepAsync(DateTimeOffset.UtcNow.AddHours(25), default)).ShouldBeGreaterThanOrEqualTo(1);
        (await tus.HeadAsync(live)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "24 hours untouched");
    }

    [Fact]
    public async Task The_page_routes_take_the_cookie_with_the_antiforgery_header_and_refuse_without_it()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var browser = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer);
        var token = await browser.TokenAsync(product.Id);
        var page = Tus.Page(browser, product.Id, token);
        var bytes = TestImages.Jpeg(seed: 710);

        var noToken = new Tus(browser, product.Id, antiforgery: "");
        using (var refused = await noToken.CreateAsync(bytes.Length))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await refused.Json()).GetProperty("code").GetString().ShouldBe("antiforgery");
        }
        (await new Tus(browser, product.Id, antiforgery: "forged").CreateAsync(bytes.Length)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var url = await page.NewAsync(bytes.Length);
        url.ShouldStartWith($"/account/products/{product.Id.Value}/photo-uploads/");
        (await noToken.PatchAsync(url, 0, bytes)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await page.OffsetAsync(url)).ShouldBe(0, "the refused PATCH wrote nothing");
        using var done = await page.PatchAsync(url, 0, bytes);
        done.StatusCode.ShouldBe(HttpStatusCode.NoContent, await done.Content.ReadAsStringAsync());
        var photo = Tus.PhotoId(done);
        (await browser.SettledOnPage(product.Id, photo)).ShouldContain(photo.ToString());

        var broken = BrokenPng.WithBadCrc(TestImages.Png(seed: 711), "IDAT");
        using var damaged = await page.UploadAsync(broken);
        damaged.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await damaged.Json()).GetProperty("detail").GetString().ShouldBe("Tệp PNG bị hỏng: một phần của ảnh không khớp mã kiểm tra (CRC). Hãy xuất hoặc lưu lại ảnh rồi tải tệp mới lên.");

        var neighbour = await app.SignedInWithCookie("bat-trang", MediaApp.BatTrangProducer2);
        var theirs = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer2);
        var neighbourPage = Tus.Page(neighbour, product.Id, await neighbour.TokenAsync(theirs.Id));
        (await neighbourPage.HeadAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await neighbourPage.CreateAsync(bytes.Length)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

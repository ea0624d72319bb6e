using System.Net;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Media.Tests.Api;

/// <summary>Bad input gets a clear problem detail and stores nothing: no photo row, no original.</summary>
[Collection(SharedMediaSite.Name)]
public sealed class HostileUploadTests(SqliteMediaApp app)
{
    [Theory]
    [InlineData("empty", 415, "empty")]
    [InlineData("truncated-jpeg", 422, "incomplete")]
    [InlineData("png-bomb", 413, "100000 x 100000")]
    [InlineData("text-renamed-jpg", 415, "text file")]
    [InlineData("html-jpeg-polyglot", 415, "polyglot")]
    [InlineData("svg-with-script", 415, "SVG")]
    [InlineData("png-bad-idat-crc", 422, "fails its checksum (CRC)")]
    [InlineData("png-bad-iend-crc", 422, "fails its checksum (CRC)")]
    [InlineData("heic", 415, "HEIC photos (HEVC codec) cannot be decoded on this server")]
    public async Task Hostile_files_are_refused_with_a_reason_and_nothing_is_stored(string kind, int status, string reason)
    {
        var bytes = kind switch
        {
            "empty" => [],
            "truncated-jpeg" => TestImages.TruncatedJpeg(),
            "png-bomb" => TestImages.PngBomb(),
            "text-renamed-jpg" => TestImages.TextRenamedJpg(),
            "html-jpeg-polyglot" => TestImages.HtmlJpegPolyglot(),
            "heic" => TestImages.HeicHeader(),
            "png-bad-idat-crc" => BrokenPng.WithBadCrc(TestImages.Png(seed: 31), "IDAT"),
            "png-bad-iend-crc" => BrokenPng.WithBadCrc(TestImages.Png(seed: 32), "IEND"),
            _ => TestImages.SvgWithScript(),
        };
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var originalsBefore = app.Originals().Length;

        var response = await producer.Upload(product.Id, bytes, fileName: "photo.jpg", contentType: "image/jpeg");

        ((int)response.StatusCode).ShouldBe(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Json()).GetProperty("detail").GetString()!.ShouldContain(reason);
        await using var scope = app.ScopeFor("bat-trang");
        (await MediaApp.Db(scope).Photos.CountAsync(p => p.ProductId == product.Id)).ShouldBe(0);
        app.Originals().Length.ShouldBe(originalsBefore);
    }

    [Fact]
    public async Task A_photo_whose_coded_data_happens_to_hold_svg_bytes_is_accepted_and_rendered()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var jpeg = PlantedScanJpeg.Build(320, 240, "<svg onload=alert(1)>"u8.ToArray());
        MarkupOld.Hit(jpeg).ShouldNotBeNull("a whole-file scan would refuse it");

        var (_, photo) = await producer.UploadReady(product.Id, jpeg);

        photo.GetProperty("width").GetInt32().ShouldBe(320);
    }

    [Fact]
    public async Task A_body_declared_over_the_limit_is_refused_before_it_is_read()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var body = new CountingBody(TestImages.Jpeg(), totalBytes: 40L * 1024 * 1024, declareLength: true);

        var response = await producer.PostAsync($"/api/products/{product.Id.Value}/photos", body.AsMultipart());

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Json()).GetProperty("detail").GetString()!.ShouldContain("25 MB");
        body.BytesRead.ShouldBeLessThan(1024 * 1024, "the server answered from Content-Length, not by reading 40 MB");
    }

    [Fact]
    public async Task A_body_without_a_length_is_cut_off_once_it_passes_the_limit()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var body = new CountingBody(TestImages.Jpeg(), totalBytes: 60L * 1024 * 1024, declareLength: false);

        var response = await producer.PostAsync($"/api/products/{product.Id.Value}/photos", body.AsMultipart());

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        body.BytesRead.ShouldBeLessThan(30L * 1024 * 1024, "reading stopped just past 25 MB, not at 60 MB");
    }

    [Fact]
    public async Task Damage_inside_an_image_is_found_by_the_render_job_which_rejects_the_photo_with_the_reason()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var damaged = TestImages.DamagedJpeg();

        var response = await producer.Upload(product.Id, damaged);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, "the container is whole, so only decoding can tell");
        var photo = await producer.Settled(product.Id, (await response.Json()).GetProperty("id").GetGuid());

        photo.GetProperty("state").GetString().ShouldBe("rejected");
        photo.GetProperty("rejectionReason").GetString()!.ShouldContain("damaged");
        photo.GetProperty("thumbnailUrl").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(damaged));
        app.Originals().ShouldNotContain(f => f.EndsWith(sha), "a damaged original is not kept");
        app.Renditions(sha).ShouldBeEmpty();
    }
}

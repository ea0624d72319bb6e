using System.Net;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Tests.Support;
using NetVips;

namespace CraftMarket.Media.Tests.Api;

/// <summary>
/// Awkward photos uploaded through the real API, rendered by the job, and read back as the site
/// serves them; and what is never served, however the address is guessed.
/// </summary>
public sealed class ServedRenditionTests(SqliteMediaApp app) : IClassFixture<SqliteMediaApp>
{
    [Fact]
    public async Task A_cmyk_jpeg_is_served_as_srgb_with_its_colour_and_no_metadata()
    {
        using (var original = Image.NewFromBuffer(TestImages.CmykJpeg()))
        {
            original.Interpretation.ShouldBe(Enums.Interpretation.Cmyk, "the fixture really is CMYK");
            original.Bands.ShouldBe(4);
        }

        foreach (var (format, image) in await ServedAsync(TestImages.CmykJpeg(), expectedWidth: 600, expectedHeight: 400))
        using (image)
        {
            image.Interpretation.ShouldBe(Enums.Interpretation.Srgb, format);
            image.Bands.ShouldBe(3, format);
            var pixel = image.Getpoint(300, 200);
            pixel[0].ShouldBeGreaterThan(pixel[1] + 80, $"{format} stays red");
            pixel[0].ShouldBeGreaterThan(pixel[2] + 80, $"{format} stays red");
        }
    }

    [Fact]
    public async Task A_16_bit_png_is_served_as_8_bit_srgb()
    {
        var png = TestImages.Png16();
        png[24].ShouldBe((byte)16, "the fixture's IHDR says 16 bits per sample");
        png[25].ShouldBe((byte)2, "RGB");
        using (var original = Image.NewFromBuffer(png))
            original.Format.ShouldBe(Enums.BandFormat.Ushort, "libvips reads it as 16-bit");

        foreach (var (format, image) in await ServedAsync(png, expectedWidth: 600, expectedHeight: 400))
        using (image)
        {
            image.Format.ShouldBe(Enums.BandFormat.Uchar, format);
            image.Bands.ShouldBe(3, format);
            image.Interpretation.ShouldBe(Enums.Interpretation.Srgb, format);
            image.Getpoint(599, 399)[0].ShouldBeGreaterThan(200, $"{format}: the gradient's bright corner survives the depth change");
            image.Getpoint(0, 0)[0].ShouldBeLessThan(30, $"{format}: and its dark one");
        }
    }

    [Fact]
    public async Task An_exif_rotated_photo_with_gps_is_served_upright_without_exif()
    {
        var rotated = TestImages.RotatedJpeg(withGps: true);
        using (var original = Image.NewFromBuffer(rotated))
        {
            (original.Width, original.Height).ShouldBe((600, 400), "stored landscape");
            original.Get("orientation").ShouldBe(6);
        }

        foreach (var (format, image) in await ServedAsync(rotated, expectedWidth: 400, expectedHeight: 600))
        using (image)
        {
            (image.Width, image.Height).ShouldBe((400, 600), format);
            var left = image.Getpoint(50, 300);
            var right = image.Getpoint(350, 300);
            left[2].ShouldBeGreaterThan(150, $"{format}: blue (the stored bottom) is on the left once upright");
            left[0].ShouldBeLessThan(80, format);
            right[0].ShouldBeGreaterThan(150, $"{format}: red (the stored top) is on the right");
            right[2].ShouldBeLessThan(80, format);
            image.GetFields().ShouldNotContain(f => f == "orientation" || f.StartsWith("exif") || f.Contains("GPS"), format);
        }
    }

    [Fact]
    public async Task Originals_and_renditions_that_do_not_exist_are_404_however_the_address_is_guessed()
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var bytes = TestImages.Jpeg(800, 600, seed: 801);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        var (photo, ready) = await producer.UploadReady(product.Id, bytes);
        var (_, other) = await producer.UploadReady(product.Id, TestImages.Jpeg(800, 600, seed: 802));
        await app.Publish(product);
        app.Originals().ShouldContain(f => f.EndsWith(sha), "the original is stored, so a 404 means it is not served");

        var url = ready.GetProperty("thumbnailUrl").GetString()!;           // /media/{photo}/{tag}/640.jpg
        var tag = url.Split('/')[3];
        var otherTag = other.GetProperty("thumbnailUrl").GetString()!.Split('/')[3];
        var anonymous = app.ClientFor("bat-trang");
        (await anonymous.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, "the rendition itself is public");

        string[] guesses =
        [
            $"/media/originals/{sha[..2]}/{sha}", $"/originals/{sha[..2]}/{sha}", $"/media/{photo}/{tag}/original",
            $"/media/{photo}/{tag}/original.jpg", $"/media/{photo}/{tag}/{sha}.jpg", $"/media/{photo}/{tag}/800.png",
            $"/media/{photo}/{tag}/1280.jpg", $"/media/{photo}/{tag}/2048.webp", $"/media/{photo}/{tag}/700.avif", $"/media/{photo}/{tag}/0.jpg",
            $"/media/{photo}/{otherTag}/640.jpg", $"/media/{photo}/{sha[..20]}r1/640.jpg", $"/media/{Guid.NewGuid()}/{tag}/640.jpg",
            $"/media/{photo}/{tag}/..%2F..%2F..%2Foriginals%2F{sha[..2]}%2F{sha}", $"/media/{photo}/{tag}/manifest.json",
        ];
        foreach (var client in new[] { anonymous, producer, await app.Admin("bat-trang") })
        foreach (var guess in guesses)
            (await client.GetAsync(guess)).StatusCode.ShouldBe(HttpStatusCode.NotFound, guess);
    }

    /// <summary>Uploads, waits for the render job, and reads back the size nearest 640 in each format as served.</summary>
    private async Task<List<(string Format, Image Image)>> ServedAsync(byte[] bytes, int expectedWidth, int expectedHeight)
    {
        var product = await app.ProductOf("bat-trang", ProductStatus.Draft, MediaApp.BatTrangProducer);
        var producer = await app.SignedIn("bat-trang", MediaApp.BatTrangProducer);
        var (_, photo) = await producer.UploadReady(product.Id, bytes);
        (photo.GetProperty("width").GetInt32(), photo.GetProperty("height").GetInt32()).ShouldBe((expectedWidth, expectedHeight));
        var jpeg = photo.GetProperty("thumbnailUrl").GetString()!;
        var served = new List<(string, Image)>();
        foreach (var ext in new[] { "jpg", "webp", "avif" })
        {
            var url = jpeg[..^3] + ext;
            var response = await producer.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var body = await response.Content.ReadAsByteArrayAsync();
            body.AsSpan().IndexOf("Exif\0\0"u8).ShouldBe(-1, url);
            var image = Image.NewFromBuffer(body);
            image.GetFields().ShouldNotContain(f => f.StartsWith("exif") || f.StartsWith("xmp") || f.StartsWith("iptc"), url);
            served.Add((ext, image));
        }
        return served;
    }
}

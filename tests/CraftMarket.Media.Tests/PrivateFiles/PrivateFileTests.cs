using System.Security.Cryptography;
using System.Text;
using CraftMarket.Media.Contracts;
using CraftMarket.Media.Tests.Support;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;
using NetVips;

namespace CraftMarket.Media.Tests.PrivateFiles;

/// <summary>
/// IPrivateFiles through the real site's container: what a household's evidence photo and an
/// association's certificate PDF become, what is refused and why, and that a file is its own association's only.
/// </summary>
public sealed class PrivateFileTests(PrivateFilesApp app) : IClassFixture<PrivateFilesApp>
{
    private const string Purpose = "quality-marks.evidence";

    [Fact]
    public async Task A_photo_with_a_GPS_position_is_kept_upright_as_a_JPEG_without_any_metadata()
    {
        var sent = TestImages.RotatedJpeg(withGps: true);
        using (var original = Image.NewFromBuffer(sent))
            original.GetFields().ShouldContain(f => f.StartsWith("exif-ifd3-GPS", StringComparison.Ordinal), "the test photo must carry a GPS position");

        var (stored, bytes) = await StoreAndReadAsync("bat-trang", "IMG_0412.JPG", sent);

        stored.Kind.ShouldBe(StoredFileKind.Photo);
        stored.ContentType.ShouldBe("image/jpeg");
        stored.FileName.ShouldBe("IMG_0412.jpg");
        stored.Length.ShouldBe(bytes.Length);
        stored.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        bytes.AsSpan().IndexOf("Exif\0\0"u8).ShouldBe(-1, "no EXIF segment may be kept");
        bytes.AsSpan().IndexOf(new byte[] { 105, 0, 0, 0, 1, 0, 0, 0, 54, 0, 0, 0 }).ShouldBe(-1, "the longitude 105°54' must not survive");
        using var kept = Image.NewFromBuffer(bytes);
        kept.GetFields().Where(f => f.StartsWith("exif-", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "icc-profile-data" or "jpeg-comment")
            .ShouldBeEmpty();
        // Stored landscape with orientation 6: upright it is portrait, blue on the left and red on the right.
        kept.Height.ShouldBeGreaterThan(kept.Width);
        kept.Getpoint(5, kept.Height / 2)[2].ShouldBeGreaterThan(150);
        kept.Getpoint(kept.Width - 5, kept.Height / 2)[0].ShouldBeGreaterThan(150);
    }

    [Fact]
    public async Task A_large_photo_is_re_encoded_no_longer_than_2560_pixels()
    {
        var (stored, bytes) = await StoreAndReadAsync("bat-trang", "men-ran.jpeg", TestImages.Jpeg(3000, 1200, seed: 21));

        stored.ContentType.ShouldBe("image/jpeg");
        stored.FileName.ShouldBe("men-ran.jpg");
        bytes.AsSpan(0, 3).SequenceEqual(new byte[] { 0xFF, 0xD8, 0xFF }).ShouldBeTrue();
        using var kept = Image.NewFromBuffer(bytes);
        (kept.Width, kept.Height).ShouldBe((2560, 1024));
    }

    [Fact]
    public async Task A_PNG_named_pdf_is_accepted_as_the_photo_it_is_and_re_encoded_to_JPEG()
    {
        var png = TestImages.Png(500, 400, seed: 22);
        var (stored, bytes) = await StoreAndReadAsync("bat-trang", "giay-chung-nhan.pdf", png);

        stored.Kind.ShouldBe(StoredFileKind.Photo);
        stored.ContentType.ShouldBe("image/jpeg");
        stored.FileName.ShouldBe("giay-chung-nhan.jpg");
        bytes.AsSpan(0, 3).SequenceEqual(new byte[] { 0xFF, 0xD8, 0xFF }).ShouldBeTrue();
        using var kept = Image.NewFromBuffer(bytes);
        (kept.Width, kept.Height).ShouldBe((500, 400));
    }

    [Fact]
    public async Task A_clean_PDF_is_kept_byte_for_byte_under_a_safe_name()
    {
        var pdf = TestPdfs.Plain();

        var (stored, bytes) = await StoreAndReadAsync("bat-trang", "../../etc/Chứng nhận <ISO>.PDF", pdf);

        stored.Kind.ShouldBe(StoredFileKind.Pdf);
        stored.ContentType.ShouldBe("application/pdf");
        stored.FileName.ShouldBe("Chứng nhận ISO.pdf");
        bytes.ShouldBe(pdf);
        stored.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
    }

    [Theory]
    [InlineData("svg", "photo.jpg", "SVG drawing")]
    [InlineData("html", "photo.jpg", "HTML or XML document")]
    [InlineData("text", "photo.jpg", "text file")]
    [InlineData("heic", "photo.heic", "HEIC photos (HEVC codec) cannot be decoded")]
    [InlineData("truncated-jpeg", "photo.jpg", "incomplete")]
    [InlineData("damaged-jpeg", "photo.jpg", "damaged")]
    [InlineData("empty", "photo.jpg", "empty")]
    [InlineData("pdf-javascript", "chung-nhan.pdf", "JavaScript")]
    [InlineData("pdf-escaped-javascript", "chung-nhan.pdf", "JavaScript")]
    [InlineData("pdf-javascript-in-object-stream", "chung-nhan.pdf", "JavaScript")]
    [InlineData("pdf-launch", "chung-nhan.pdf", "starts another program")]
    [InlineData("pdf-embedded-file", "chung-nhan.pdf", "files attached")]
    [InlineData("pdf-encrypted", "chung-nhan.pdf", "password")]
    [InlineData("pdf-truncated", "chung-nhan.pdf", "incomplete")]
    [InlineData("pdf-too-large", "chung-nhan.pdf", "larger than 195 KB")]
    [InlineData("photo-too-large", "photo.png", "larger than 1.9 MB")]
    public async Task Unsafe_or_unusable_files_are_refused_on_the_file_field_and_nothing_is_kept(string kind, string name, string reason)
    {
        var bytes = kind switch
        {
            "svg" => TestImages.SvgWithScript(),
            "html" => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
            "text" => TestImages.TextRenamedJpg(),
            "heic" => TestImages.HeicHeader(),
            "truncated-jpeg" => TestImages.TruncatedJpeg(),
            "damaged-jpeg" => TestImages.DamagedJpeg(),
            "empty" => [],
            "pdf-javascript" => TestPdfs.WithOpenActionJavaScript(),
            "pdf-escaped-javascript" => TestPdfs.WithEscapedJavaScriptName(),
            "pdf-javascript-in-object-stream" => TestPdfs.WithJavaScriptInObjectStream(),
            "pdf-launch" => TestPdfs.WithLaunch(),
            "pdf-embedded-file" => TestPdfs.WithEmbeddedFile(),
            "pdf-encrypted" => TestPdfs.Encrypted(),
            "pdf-truncated" => TestPdfs.Truncated(),
            "pdf-too-large" => TestPdfs.Plain(250_000),
            _ => TestImages.NoisyPng(1000, 1000, seed: 23),
        };
        var (scope, files) = app.FilesOf("bat-trang");
        await using var _ = scope;
        var rowsBefore = await MediaApp.Db(scope).PrivateFiles.CountAsync();
        var blobsBefore = app.PrivateBlobs().Length;

        var result = await files.StoreAsync(Purpose, name, new MemoryStream(bytes), CancellationToken.None);

        result.IsFailure.ShouldBeTrue();
        result.Error!.Kind.ShouldBe(ErrorKind.Validation);
        result.Error.Fields!.Keys.ShouldBe(["file"]);
        result.Error.Message.ShouldContain(reason);
        (await MediaApp.Db(scope).PrivateFiles.CountAsync()).ShouldBe(rowsBefore);
        app.PrivateBlobs().Length.ShouldBe(blobsBefore);
    }

    [Fact]
    public async Task A_PDF_just_under_the_limit_is_kept()
    {
        var (stored, _) = await StoreAndReadAsync("bat-trang", "bao-cao.pdf", TestPdfs.Plain(190_000));

        stored.Length.ShouldBeGreaterThan(180_000);
    }

    [Fact]
    public async Task Another_associations_file_reads_as_not_found_and_cannot_be_deleted()
    {
        var (stored, _) = await StoreAndReadAsync("bat-trang", "bang-chung.jpg", TestImages.Jpeg(600, 400, seed: 24));

        var (other, vanPhuc) = app.FilesOf("van-phuc");
        await using (other)
        {
            (await vanPhuc.FindAsync(stored.Id, CancellationToken.None)).ShouldBeNull();
            (await vanPhuc.OpenAsync(stored.Id, CancellationToken.None)).ShouldBeNull();
            await vanPhuc.DeleteAsync(stored.Id, CancellationToken.None);
        }

        var (own, batTrang) = app.FilesOf("bat-trang");
        await using (own)
        {
            (await batTrang.FindAsync(stored.Id, CancellationToken.None)).ShouldBe(stored);
            await using var content = await batTrang.OpenAsync(stored.Id, CancellationToken.None);
            content.ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task A_deleted_file_is_gone_with_its_bytes()
    {
        var (stored, _) = await StoreAndReadAsync("bat-trang", "xoa.jpg", TestImages.Jpeg(600, 400, seed: 25));
        var blob = app.PrivateBlobs().Single(p => p.EndsWith(stored.Id.Value.ToString("N"), StringComparison.Ordinal));

        var (scope, files) = app.FilesOf("bat-trang");
        await using (scope)
        {
            await files.DeleteAsync(stored.Id, CancellationToken.None);
            (await files.FindAsync(stored.Id, CancellationToken.None)).ShouldBeNull();
            (await files.OpenAsync(stored.Id, CancellationToken.None)).ShouldBeNull();
            await files.DeleteAsync(stored.Id, CancellationToken.None);
        }
        File.Exists(blob).ShouldBeFalse();
    }

    [Fact]
    public async Task A_private_file_is_not_served_by_the_public_photo_route()
    {
        var (stored, _) = await StoreAndReadAsync("bat-trang", "rieng.jpg", TestImages.Jpeg(600, 400, seed: 26));
        var blob = app.PrivateBlobs().Single(p => p.EndsWith(stored.Id.Value.ToString("N"), StringComparison.Ordinal));

        Path.GetRelativePath(Path.Combine(app.DataDirectory, "media"), blob).Replace('\\', '/').ShouldStartWith("private/");
        var anonymous = app.ClientFor("bat-trang");
        foreach (var path in (string[])[$"/media/{stored.Id}/{stored.Sha256[..20]}r1/2560.jpg", $"/media/{stored.Id}/{stored.Sha256[..20]}r0/320.jpg"])
            ((int)(await anonymous.GetAsync(path)).StatusCode).ShouldBe(404);
    }

    private async Task<(StoredFile Stored, byte[] Bytes)> StoreAndReadAsync(string slug, string name, byte[] content)
    {
        var (scope, files) = app.FilesOf(slug);
        await using var _ = scope;
        var result = await files.StoreAsync(Purpose, name, new MemoryStream(content), CancellationToken.None);
        result.IsSuccess.ShouldBeTrue(result.Error?.Message);
        await using var opened = await files.OpenAsync(result.Value!.Id, CancellationToken.None);
        opened.ShouldNotBeNull();
        opened.File.ShouldBe(result.Value);
        using var copy = new MemoryStream();
        await opened.Content.CopyToAsync(copy);
        return (result.Value, copy.ToArray());
    }
}

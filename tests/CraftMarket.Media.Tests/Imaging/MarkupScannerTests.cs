using System.Text;
using CraftMarket.Media.Features.Upload;
using CraftMarket.Media.Imaging;
using CraftMarket.Media.Tests.Support;
using NetVips;

namespace CraftMarket.Media.Tests.Imaging;

/// <summary>
/// Markup is looked for where it can hide (metadata, bytes after the image), not in the coded
/// image data, where "&lt;svg" turns up by chance: about 1% of 5 MB photos were refused before.
/// </summary>
public sealed class MarkupScannerTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("cm-markup").FullName;

    /// <summary>Noise photos whose coded data holds "&lt;svg" by chance (seeds found by searching a few thousand).</summary>
    private static readonly (string Kind, int Seed, int Quality)[] KnownChanceHits =
        [("jpeg", 1372, 79), ("jpeg", 2865, 93), ("png", 5209, 0), ("png", 5277, 0)];

    [Fact]
    public async Task Noisy_photos_whose_coded_data_holds_markup_bytes_by_chance_are_accepted_by_the_upload_checks()
    {
        var receiver = new UploadReceiver(new MediaOptions(), new StagingArea(dir));
        var corpus = Enumerable.Range(0, 200).Select(i => (Kind: i % 4 == 3 ? "png" : "jpeg", Seed: i, Quality: 60 + i % 39, Width: 320 + i % 5 * 80))
            .Concat(KnownChanceHits.Select(h => (h.Kind, h.Seed, h.Quality, Width: 1024)));
        var withMarkerBytes = new List<string>();
        var checkedFiles = 0;

        foreach (var (kind, seed, quality, width) in corpus)
        {
            var height = width * 3 / 4;
            var bytes = kind == "png" ? TestImages.NoisyPng(width, height, seed) : TestImages.NoisyJpeg(width, height, seed, quality);
            var name = $"{kind} seed {seed} q {quality} {width}x{height}";
            if (MarkupOld.Hit(bytes) is { } hit) withMarkerBytes.Add($"{name}: {hit}");

            var (file, refusal) = await receiver.ReceiveAsync(new MemoryStream(bytes), CancellationToken.None);
            refusal.ShouldBeNull($"{name}: {refusal?.Reason}");
            File.Delete(file!.TempPath);
            checkedFiles++;
        }

        checkedFiles.ShouldBe(204);
        withMarkerBytes.Count.ShouldBeGreaterThanOrEqualTo(4,
            "the corpus must hold files a whole-file scan refuses, or this test proves nothing: " + string.Join("; ", withMarkerBytes));
    }

    [Fact]
    public void A_hand_encoded_jpeg_with_svg_inside_its_coded_data_decodes_cleanly_and_passes_the_scan()
    {
        var jpeg = PlantedScanJpeg.Build(320, 240, "<svg onload=alert(1)>"u8.ToArray());
        var at = jpeg.AsSpan().IndexOf("<svg onload"u8);
        at.ShouldBeGreaterThan(jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA]), "the bytes are inside the scan, after its header");
        MarkupOld.Hit(jpeg).ShouldNotBeNull("a whole-file scan refuses it");
        using (var image = Image.NewFromBuffer(jpeg, access: Enums.Access.Sequential, failOn: Enums.FailOn.Warning))
        {
            (image.Width, image.Height).ShouldBe((320, 240));
            image.Avg().ShouldBeGreaterThanOrEqualTo(0, "decoded to the last pixel without a warning");
        }

        MarkupScanner.Find(Write(jpeg), ImageFormat.Jpeg).ShouldBeNull();
    }

    [Fact]
    public void Markup_in_metadata_or_after_the_image_is_found()
    {
        var html = "<html><body><script>alert(1)</script></body></html>"u8.ToArray();
        var jpeg = TestImages.Jpeg(400, 300, seed: 5);
        MarkupScanner.Find(Write(TestImages.HtmlJpegPolyglot()), ImageFormat.Jpeg).ShouldBe("<html", "in a COM segment");
        MarkupScanner.Find(Write([.. jpeg, .. html]), ImageFormat.Jpeg).ShouldBe("<html", "after the end of the image");
        MarkupScanner.Find(Write(WithXmp(jpeg, "<x:xmpmeta><svg xmlns='http://www.w3.org/2000/svg'/></x:xmpmeta>")), ImageFormat.Jpeg).ShouldBe("<svg", "in XMP (APP1)");

        var png = TestImages.Png(320, 240);
        var text = PngChunk("tEXt", [.. "Comment\0"u8, .. html]);
        MarkupScanner.Find(Write([.. png[..33], .. text, .. png[33..]]), ImageFormat.Png).ShouldBe("<html", "in a tEXt chunk");
        MarkupScanner.Find(Write([.. png, .. html]), ImageFormat.Png).ShouldBe("<html", "after IEND");

        var webp = TestImages.WebP(320, 240);
        MarkupScanner.Find(Write(WithRiffChunk(webp, "XMP ", Encoding.ASCII.GetBytes("<svg><script>alert(1)</script></svg>"))), ImageFormat.WebP)
            .ShouldBe("<svg", "in an XMP chunk");
        MarkupScanner.Find(Write(webp), ImageFormat.WebP).ShouldBeNull();
        MarkupScanner.Find(Write(TestImages.Avif(320, 240)), ImageFormat.Avif).ShouldBeNull();
    }

    [Fact]
    public void A_marker_split_by_a_read_border_is_still_found_and_a_name_that_goes_on_is_no_tag()
    {
        var polyglot = TestImages.HtmlJpegPolyglot();
        var path = Write(polyglot);
        var at = polyglot.AsSpan().IndexOf("<html"u8);
        foreach (var chunk in new[] { at - 2, at + 1, at + 3, 16, 64 })
            MarkupScanner.Find(path, ImageFormat.Jpeg, chunkSize: chunk).ShouldBe("<html", $"chunks of {chunk}");

        MarkupPatterns.Find("x<svgfont y"u8, final: true).ShouldBeNull("<svgfont is another name");
        MarkupPatterns.Find("\u001csvg "u8, final: true).ShouldBeNull("only letters fold case");
        MarkupPatterns.Find("<SVG/onload=x>"u8, final: true).ShouldBe("<svg");
        MarkupPatterns.Find("href=JavaScript:x"u8, final: true).ShouldBe("javascript:");
    }

    private string Write(byte[] bytes)
    {
        var path = Path.Combine(dir, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] WithXmp(byte[] jpeg, string xml)
    {
        byte[] body = [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.UTF8.GetBytes(xml)];
        return [.. jpeg[..2], 0xFF, 0xE1, (byte)((body.Length + 2) >> 8), (byte)(body.Length + 2), .. body, .. jpeg[2..]];
    }

    private static byte[] PngChunk(string type, byte[] data)
    {
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        var crc = PngCrc.Of(typed);
        return [(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length, .. typed,
            (byte)(crc >> 24), (byte)(crc >> 16), (byte)(crc >> 8), (byte)crc];
    }

    /// <summary>Appends a chunk inside the RIFF container and fixes its size (a simple VP8 file stays readable).</summary>
    private static byte[] WithRiffChunk(byte[] webp, string type, byte[] data)
    {
        var padded = data.Length % 2 == 0 ? data : [.. data, 0];
        byte[] chunk = [.. Encoding.ASCII.GetBytes(type), (byte)data.Length, (byte)(data.Length >> 8), (byte)(data.Length >> 16), (byte)(data.Length >> 24), .. padded];
        var result = webp.Concat(chunk).ToArray();
        var size = result.Length - 8;
        result[4] = (byte)size; result[5] = (byte)(size >> 8); result[6] = (byte)(size >> 16); result[7] = (byte)(size >> 24);
        return result;
    }

    public void Dispose() => Directory.Delete(dir, true);
}

using CraftMarket.Media.Imaging;
using CraftMarket.Media.Tests.Support;

namespace CraftMarket.Media.Tests.Imaging;

/// <summary>What a file is, decided from its bytes; how big it claims to be, read from its header alone.</summary>
public sealed class SnifferTests
{
    [Fact]
    public void Real_images_are_recognised_with_their_header_size()
    {
        Sniff(TestImages.Jpeg(800, 600)).Header.ShouldBe(new ImageHeader(ImageFormat.Jpeg, 800, 600));
        Sniff(TestImages.Png(640, 480)).Header!.ShouldBe(new ImageHeader(ImageFormat.Png, 640, 480, "8-bit"));
        Sniff(TestImages.WebP(640, 480)).Header.ShouldBe(new ImageHeader(ImageFormat.WebP, 640, 480));
        Sniff(TestImages.Avif(640, 480)).Header.ShouldBe(new ImageHeader(ImageFormat.Avif, 640, 480));
        Sniff(TestImages.CmykJpeg(600, 400)).Header!.Detail.ShouldBe("cmyk");
    }

    [Fact]
    public void A_png_claiming_100k_by_100k_is_read_as_such_without_decoding()
    {
        var header = Sniff(TestImages.PngBomb()).Header!;
        header.Pixels.ShouldBe(10_000_000_000);
    }

    [Theory]
    [InlineData("text", "text file")]
    [InlineData("svg", "SVG")]
    [InlineData("html", "HTML")]
    [InlineData("pdf", "PDF")]
    [InlineData("exe", "program")]
    [InlineData("gif", "GIF")]
    public void Other_files_are_refused_naming_what_they_are(string kind, string named)
    {
        var bytes = kind switch
        {
            "text" => TestImages.TextRenamedJpg(),
            "svg" => TestImages.SvgWithScript(),
            "html" => "<!DOCTYPE html><html><body>hi</body></html>"u8.ToArray(),
            "pdf" => "%PDF-1.7\n1 0 obj << >> endobj\n"u8.ToArray(),
            "exe" => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xB8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0],
            _ => "GIF89a\x01\0\x01\0\0\0\0;"u8.ToArray(),
        };
        var refusal = Sniff(bytes).Refusal!;
        refusal.Status.ShouldBe(415);
        refusal.Reason.ShouldContain(named);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        ImageSniffer.Sniff([], complete: true).Refusal!.Reason.ShouldContain("empty");
    }

    [Fact]
    public void A_header_cut_short_asks_for_more_until_the_file_is_complete()
    {
        var jpeg = TestImages.Jpeg();
        ImageSniffer.Sniff(jpeg.AsSpan(0, 40), complete: false).NeedMore.ShouldBeTrue();
        ImageSniffer.Sniff(jpeg.AsSpan(0, 40), complete: true).Refusal!.Status.ShouldBe(422);
    }

    [Fact]
    public void Truncated_files_are_found_by_walking_their_structure()
    {
        var dir = Directory.CreateTempSubdirectory("cm-complete").FullName;
        try
        {
            string Write(string name, byte[] bytes) { var p = Path.Combine(dir, name); File.WriteAllBytes(p, bytes); return p; }
            Completeness.Check(Write("whole.jpg", TestImages.Jpeg()), ImageFormat.Jpeg).ShouldBeNull();
            Completeness.Check(Write("cut.jpg", TestImages.TruncatedJpeg()), ImageFormat.Jpeg)!.Status.ShouldBe(422);
            var png = TestImages.Png();
            Completeness.Check(Write("whole.png", png), ImageFormat.Png).ShouldBeNull();
            Completeness.Check(Write("cut.png", png[..(png.Length / 2)]), ImageFormat.Png).ShouldNotBeNull();
            var webp = TestImages.WebP();
            Completeness.Check(Write("cut.webp", webp[..(webp.Length / 2)]), ImageFormat.WebP).ShouldNotBeNull();
            var avif = TestImages.Avif();
            Completeness.Check(Write("whole.avif", avif), ImageFormat.Avif).ShouldBeNull();
            Completeness.Check(Write("cut.avif", avif[..(avif.Length - 40)]), ImageFormat.Avif).ShouldNotBeNull();
        }
        finally { Directory.Delete(dir, true); }
    }

    private static SniffResult Sniff(byte[] bytes) => ImageSniffer.Sniff(bytes, complete: true);
}

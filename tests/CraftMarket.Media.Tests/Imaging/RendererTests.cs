using CraftMarket.Media.Imaging;
using CraftMarket.Media.Tests.Support;
using NetVips;

namespace CraftMarket.Media.Tests.Imaging;

/// <summary>The real libvips pipeline, on files made by the tests, read back with libvips.</summary>
public sealed class RendererTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("cm-render").FullName;
    private readonly PhotoRenderer renderer = new(new MediaOptions());

    [Fact]
    public void A_large_photo_gets_every_size_in_every_format_none_upscaled()
    {
        var rendered = Render(TestImages.Jpeg(3000, 2000), out var output);

        rendered.Sizes.Select(s => s.Edge).ShouldBe([320, 640, 1280, 2048]);
        rendered.Sizes.Single(s => s.Edge == 2048).ShouldBe(new RenditionSize(2048, 2048, 1365));
        foreach (var size in rendered.Sizes)
        foreach (var format in RenditionRecipe.Formats)
        {
            using var image = Image.NewFromFile(Path.Combine(output, RenditionRecipe.FileName(size.Edge, format)));
            (image.Width, image.Height).ShouldBe((size.Width, size.Height), $"{size.Edge}.{format}");
        }
        rendered.Placeholder.ShouldStartWith("data:image/webp;base64,");
        rendered.Placeholder.Length.ShouldBeLessThan(1200);
        rendered.DominantColor.ShouldMatch("^#[0-9a-f]{6}$");
    }

    [Fact]
    public void A_small_photo_is_never_upscaled()
    {
        var rendered = Render(TestImages.Png(900, 600), out _);
        rendered.Sizes.Select(s => s.Edge).ShouldBe([320, 640, 900]);
        rendered.Width.ShouldBe(900);
    }

    [Fact]
    public void Exif_orientation_is_applied_so_the_photo_comes_out_upright()
    {
        var rendered = Render(TestImages.RotatedJpeg(), out var output);

        (rendered.Width, rendered.Height).ShouldBe((400, 600));
        using var jpeg = Image.NewFromFile(Path.Combine(output, "600.jpg"));
        var left = jpeg.Getpoint(50, 300);
        var right = jpeg.Getpoint(350, 300);
        left[2].ShouldBeGreaterThan(150, "blue (the stored bottom) is on the left once turned upright");
        left[0].ShouldBeLessThan(80);
        right[0].ShouldBeGreaterThan(150, "red (the stored top) is on the right");
        right[2].ShouldBeLessThan(80);
    }

    [Fact]
    public void A_cmyk_jpeg_comes_out_as_srgb_with_its_colour()
    {
        var rendered = Render(TestImages.CmykJpeg(), out var output);
        foreach (var format in RenditionRecipe.Formats)
        {
            using var image = Image.NewFromFile(Path.Combine(output, RenditionRecipe.FileName(600, format)));
            image.Bands.ShouldBe(3);
            image.Interpretation.ShouldBe(Enums.Interpretation.Srgb);
            var pixel = image.Getpoint(300, 200);
            pixel[0].ShouldBeGreaterThan(pixel[1] + 80, $"{format} stays red");
        }
        rendered.DominantColor[1..3].ShouldNotBe("00");
    }

    [Fact]
    public void A_16_bit_png_comes_out_as_8_bit_srgb()
    {
        Render(TestImages.Png16(), out var output);
        using var image = Image.NewFromFile(Path.Combine(output, "600.webp"));
        image.Format.ShouldBe(Enums.BandFormat.Uchar);
        image.Bands.ShouldBe(3);
        var pixel = image.Getpoint(599, 399);
        pixel[0].ShouldBeGreaterThan(200, "the gradient's bright corner survives the depth change");
    }

    [Fact]
    public void No_rendition_keeps_exif_gps_xmp_or_iptc()
    {
        var original = TestImages.JpegWithGps();
        using (var source = Image.NewFromBuffer(original))
            source.GetFields().ShouldContain(f => f.StartsWith("exif-ifd3-GPSLatitude"), "the test photo really carries a position");

        var rendered = Render(original, out var output);
        Directory.GetFiles(output).Length.ShouldBe(rendered.Sizes.Count * 3);
        foreach (var file in Directory.GetFiles(output))
        {
            using var image = Image.NewFromFile(file);
            var fields = image.GetFields();
            fields.ShouldNotContain(f => f.StartsWith("exif") || f.StartsWith("xmp") || f.StartsWith("iptc") || f.Contains("GPS"), Path.GetFileName(file));
            File.ReadAllBytes(file).AsSpan().IndexOf("Exif\0\0"u8).ShouldBe(-1, Path.GetFileName(file));
        }
    }

    [Fact]
    public void Damage_inside_the_coded_data_is_an_undecodable_image()
    {
        var damaged = TestImages.DamagedJpeg();

        var path = Path.Combine(dir, "damaged.jpg");
        File.WriteAllBytes(path, damaged);
        Should.Throw<UndecodableImageException>(() => renderer.Render(path, Path.Combine(dir, "out-damaged")))
            .Message.ShouldContain("damaged");
    }

    [Fact]
    public void Libvips_opens_only_the_accepted_formats_even_when_handed_an_svg_directly()
    {
        _ = renderer;   // constructing the renderer configures libvips
        Should.Throw<VipsException>(() => Image.NewFromBuffer(TestImages.SvgWithScript()));
        using var jpeg = Image.NewFromBuffer(TestImages.Jpeg(64, 48));
        jpeg.Width.ShouldBe(64);
    }

    private RenderedPhoto Render(byte[] original, out string output)
    {
        var path = Path.Combine(dir, Guid.NewGuid().ToString("N"));
        File.WriteAllBytes(path, original);
        output = path + "-out";
        return renderer.Render(path, output);
    }

    public void Dispose()
    {
        renderer.Dispose();
        Directory.Delete(dir, true);
    }
}

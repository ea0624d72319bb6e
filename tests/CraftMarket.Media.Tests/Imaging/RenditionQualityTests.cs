using CraftMarket.Media.Imaging;
using NetVips;

namespace CraftMarket.Media.Tests.Imaging;

/// <summary>
/// The rendition settings (ADR 74) on real photos (Imaging/Photos, README there): every rendition keeps
/// the SSIM floor against the source downscaled the renderer's way, and no rendition is heavier than
/// libvips' own savers write from the same pixels at the same settings, computed here, plus 10%.
/// </summary>
public sealed class RenditionQualityTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("cm-quality").FullName;
    private readonly MediaOptions options = new();
    private readonly PhotoRenderer renderer;

    public RenditionQualityTests() => renderer = new PhotoRenderer(options);

    public static TheoryData<string> Photos => new() { "astronaut.jpg", "chelsea.jpg", "coffee.jpg", "rocket.jpg" };

    [Theory]
    [MemberData(nameof(Photos))]
    public void Every_rendition_of_a_real_photo_keeps_the_ssim_floor(string photo)
    {
        var output = Path.Combine(dir, photo);
        var rendered = renderer.Render(PhotoPath(photo), output);

        rendered.Sizes.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var size in rendered.Sizes)
        {
            using var reference = Reference(PhotoPath(photo), size.Edge);
            foreach (var format in RenditionRecipe.Formats)
            {
                using var rendition = Image.NewFromFile(Path.Combine(output, RenditionRecipe.FileName(size.Edge, format)));
                Ssim.Of(reference, rendition).ShouldBeGreaterThanOrEqualTo(RenditionRecipe.MinSsim, $"{photo} {size.Edge}.{format}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Photos))]
    public void No_rendition_is_heavier_than_libvips_own_savers_at_the_same_settings(string photo)
    {
        var output = Path.Combine(dir, photo);
        var rendered = renderer.Render(PhotoPath(photo), output);

        foreach (var size in rendered.Sizes)
        {
            using var reference = Reference(PhotoPath(photo), size.Edge);
            foreach (var format in RenditionRecipe.Formats)
            {
                var ours = new FileInfo(Path.Combine(output, RenditionRecipe.FileName(size.Edge, format))).Length;
                ours.ShouldBeLessThanOrEqualTo((long)(1.1 * Plain(reference, format).Length), $"{photo} {size.Edge}.{format}");
            }
        }
    }

    [Fact]
    public void Ssim_is_one_for_the_same_pixels_and_falls_as_compression_rises()
    {
        using var reference = Reference(PhotoPath("coffee.jpg"), 320);

        Ssim.Of(reference, reference).ShouldBe(1.0, 1e-9);
        var fine = Ssim.Of(reference, reference.JpegsaveBuffer(q: 90));
        var coarse = Ssim.Of(reference, reference.JpegsaveBuffer(q: 20));
        fine.ShouldBeLessThan(1.0);
        coarse.ShouldBeLessThan(fine - 0.05);
        using var grey = reference.Colourspace(Enums.Interpretation.Bw).Colourspace(Enums.Interpretation.Srgb);
        Ssim.Of(reference, grey).ShouldBeLessThan(0.95, "lost colour counts (Cb and Cr weigh 2 of 8)");
    }

    public void Dispose()
    {
        renderer.Dispose();
        Directory.Delete(dir, recursive: true);
    }

    private static string PhotoPath(string name) => Path.Combine(AppContext.BaseDirectory, "Imaging", "Photos", name);

    /// <summary>
    /// The source downscaled to one rendition's size the renderer's way (to an sRGB 2048 px master,
    /// then to the size): the pixels every encoder is given, so SSIM measures only what encoding lost.
    /// </summary>
    private static Image Reference(string path, int edge)
    {
        // In sRGB as the renderer converts it (rocket.jpg embeds a profile).
        using var master = Image.Thumbnail(path, 2048, height: 2048, size: Enums.Size.Down, outputProfile: "srgb");
        if (Math.Max(master.Width, master.Height) == edge) return master.CopyMemory();
        using var sized = master.ThumbnailImage(edge, height: edge, size: Enums.Size.Down, noRotate: true);
        return sized.CopyMemory();
    }

    /// <summary>libvips' saver alone at the recipe's settings: what `vips jpegsave/webpsave/heifsave` write (AV1 tuned as Debian's libheif tunes it).</summary>
    private byte[] Plain(Image image, RenditionFormat format) => format switch
    {
        RenditionFormat.Jpeg => image.JpegsaveBuffer(q: options.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None),
        RenditionFormat.WebP => image.WebpsaveBuffer(q: options.WebPQuality, effort: options.WebPEffort, smartSubsample: true, keep: Enums.ForeignKeep.None),
        _ => image.HeifsaveBuffer(q: options.AvifQuality, bitdepth: 8, compression: Enums.ForeignHeifCompression.Av1,
            effort: options.AvifEffort, tune: "ssim", keep: Enums.ForeignKeep.None),
    };
}

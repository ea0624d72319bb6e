using NetVips;

namespace CraftMarket.Media.Imaging;

/// <summary>
/// One original to every rendition. The original is decoded once, with shrink-on-load and
/// sequential access, into an upright sRGB 8-bit master no larger than the biggest rendition; every
/// size and format comes from that master. Encoders keep no metadata (no EXIF, GPS, XMP, IPTC).
/// </summary>
internal sealed class PhotoRenderer : IDisposable
{
    private readonly MediaOptions options;
    private readonly SemaphoreSlim slots;

    public PhotoRenderer(MediaOptions options)
    {
        this.options = options;
        VipsRuntime.Configure(options);
        // Each render already uses every libvips thread; more than a couple at once only adds memory.
        slots = new SemaphoreSlim(Math.Max(1, Math.Min(2, options.Concurrency)));
    }

    public void Dispose() => slots.Dispose();

    public async Task<RenderedPhoto> RenderAsync(string originalPath, string outputDirectory, CancellationToken ct)
    {
        await slots.WaitAsync(ct);
        try
        {
            return await Task.Run(() => Render(originalPath, outputDirectory), ct);
        }
        finally
        {
            slots.Release();
        }
    }

    public RenderedPhoto Render(string originalPath, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        using var master = DecodeMaster(originalPath);
        var longEdge = Math.Max(master.Width, master.Height);
        var sizes = new List<RenditionSize>();
        foreach (var edge in RenditionRecipe.EdgesFor(longEdge).OrderDescending())
        {
            using var sized = edge == longEdge ? master.Copy() : master.ThumbnailImage(edge, height: edge, size: Enums.Size.Down, noRotate: true);
            foreach (var format in RenditionRecipe.Formats)
                Save(sized, Path.Combine(outputDirectory, RenditionRecipe.FileName(edge, format)), format);
            sizes.Add(new RenditionSize(edge, sized.Width, sized.Height));
        }
        sizes.Reverse();
        return new RenderedPhoto(master.Width, master.Height, sizes, DominantColour.Of(master), Placeholder.Of(master));
    }

    private Image DecodeMaster(string path)
    {
        try
        {
            // thumbnail: shrink-on-load, EXIF orientation applied, embedded profile (or CMYK fallback) to sRGB;
            // fail_on=warning (sharp's default too) turns a damaged or truncated file into an exception instead of grey blocks.
            using var loaded = Image.Thumbnail(path, RenditionRecipe.LongEdges[^1], height: RenditionRecipe.LongEdges[^1],
                size: Enums.Size.Down, failOn: Enums.FailOn.Warning, outputProfile: "srgb");
            using var normal = ToSrgb8(loaded);
            // Decode once into memory (about 9 MB at 2048 x 1536): all twelve encodes read from here.
            return normal.CopyMemory();
        }
        catch (VipsException e)
        {
            throw new UndecodableImageException(Explain(e), e);
        }
    }

    /// <summary>16-bit, grey, CMYK without a profile and alpha all end as three 8-bit sRGB bands on white.</summary>
    private static Image ToSrgb8(Image image)
    {
        var result = image;
        if (result.Interpretation is not Enums.Interpretation.Srgb || result.Format is not Enums.BandFormat.Uchar)
            result = result.Interpretation is Enums.Interpretation.Srgb ? result.Cast(Enums.BandFormat.Uchar) : result.Colourspace(Enums.Interpretation.Srgb);
        if (result.HasAlpha()) result = result.Flatten(background: [255, 255, 255]);
        if (result.Bands > 3) result = result.ExtractBand(0, n: 3);
        return result.Format is Enums.BandFormat.Uchar ? result : result.Cast(Enums.BandFormat.Uchar);
    }

    private void Save(Image image, string path, RenditionFormat format)
    {
        switch (format)
        {
            case RenditionFormat.Jpeg:
                image.Jpegsave(path, q: options.JpegQuality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
                break;
            case RenditionFormat.WebP:
                image.Webpsave(path, q: options.WebPQuality, effort: 4, smartSubsample: true, keep: Enums.ForeignKeep.None);
                break;
            default:
                image.Heifsave(path, q: options.AvifQuality, bitdepth: 8, compression: Enums.ForeignHeifCompression.Av1,
                    effort: options.AvifEffort, keep: Enums.ForeignKeep.None);
                break;
        }
    }

    private static string Explain(VipsException e)
    {
        var message = e.Message;
        if (message.Contains("hevc", StringComparison.OrdinalIgnoreCase) || message.Contains("No decoding plugin", StringComparison.OrdinalIgnoreCase))
            return "This HEIC photo uses the HEVC codec, which this server cannot decode. Choose “Most compatible” (JPEG) in the camera settings, or upload from the browser, which converts it.";
        return "The photo is damaged or incomplete and cannot be decoded.";
    }
}

using CraftMarket.SharedKernel.Hosting;
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
    // Encoders at once across every render in the process: two renders side by side would otherwise
    // run twice as many encoders as there are cores (no faster, but each AV1 encoder holds tens of MB).
    private readonly SemaphoreSlim encoders;
    private readonly int slotCount;

    public PhotoRenderer(MediaOptions options)
    {
        this.options = options;
        VipsRuntime.Configure(options);
        // Each render already uses every libvips thread; more than a couple at once only adds memory.
        slotCount = Math.Max(1, Math.Min(2, options.Concurrency));
        slots = new SemaphoreSlim(slotCount);
        encoders = new SemaphoreSlim(Math.Max(1, options.Concurrency));
    }

    public void Dispose()
    {
        slots.Dispose();
        encoders.Dispose();
    }

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
            TrimIfIdle();
        }
    }

    /// <summary>Times glibc's free memory was given back after the last render in flight ended (tests read it).</summary>
    internal int Trims => Volatile.Read(ref trims);
    private int trims;

    /// <summary>
    /// When no other render or re-encode is in flight, hands the pixel buffers the encoders freed back to
    /// the kernel: glibc keeps them in its arenas otherwise, and a worker stays at its peak (ADR 0081).
    /// </summary>
    private void TrimIfIdle()
    {
        if (!options.TrimAfterRender || slots.CurrentCount != slotCount) return;
        GlibcHeap.Trim();
        Interlocked.Increment(ref trims);
    }

    public RenderedPhoto Render(string originalPath, string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        using var master = DecodeMaster(originalPath);
        var longEdge = Math.Max(master.Width, master.Height);
        // Each size is resized once into memory (the largest is about 9 MB, the rest much less), so its
        // three encoders read pixels instead of each re-running the resize.
        var sized = RenditionRecipe.EdgesFor(longEdge).Order()
            .Select(edge => (Edge: edge, Image: edge == longEdge ? master : Resized(master, edge)))
            .ToList();
        try
        {
            // The encoders (libwebp, aom, mozjpeg) are mostly single-threaded, so twelve of them run
            // side by side on the process's threads; the slowest (the 2048 px AVIF) goes first.
            var encodes = sized.SelectMany(s => RenditionRecipe.Formats.Select(f => (s.Edge, s.Image, Format: f)))
                .OrderByDescending(e => e.Edge).ThenBy(e => e.Format).ToList();
            Parallel.ForEach(encodes, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Concurrency) },
                e =>
                {
                    encoders.Wait();
                    try
                    {
                        File.WriteAllBytes(Path.Combine(outputDirectory, RenditionRecipe.FileName(e.Edge, e.Format)),
                            Encode(e.Image, e.Format));
                    }
                    finally
                    {
                        encoders.Release();
                    }
                });
            var sizes = sized.Select(s => new RenditionSize(s.Edge, s.Image.Width, s.Image.Height)).ToList();
            return new RenderedPhoto(master.Width, master.Height, sizes, DominantColour.Of(master), Placeholder.Of(master));
        }
        finally
        {
            foreach (var (_, image) in sized) if (!ReferenceEquals(image, master)) image.Dispose();
        }
    }

    /// <summary>
    /// A private file's photo: decoded (orientation applied, sRGB), at most <paramref name="maxEdge"/>
    /// on its long side, and saved as a JPEG without any metadata (EXIF, GPS, XMP, IPTC, comments).
    /// </summary>
    public async Task ReencodeJpegAsync(string sourcePath, string targetPath, int maxEdge, int quality, CancellationToken ct)
    {
        await slots.WaitAsync(ct);
        try
        {
            await Task.Run(() =>
            {
                try
                {
                    using var loaded = Image.Thumbnail(sourcePath, maxEdge, height: maxEdge, size: Enums.Size.Down,
                        failOn: Enums.FailOn.Warning, outputProfile: "srgb");
                    using var normal = ToSrgb8(loaded);
                    normal.Jpegsave(targetPath, q: quality, optimizeCoding: true, keep: Enums.ForeignKeep.None);
                }
                catch (VipsException e)
                {
                    throw new UndecodableImageException(Explain(e), e);
                }
            }, ct);
        }
        finally
        {
            slots.Release();
            TrimIfIdle();
        }
    }

    private static Image Resized(Image master, int edge)
    {
        using var pipeline = master.ThumbnailImage(edge, height: edge, size: Enums.Size.Down, noRotate: true);
        return pipeline.CopyMemory();
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

    /// <summary>
    /// One rendition's bytes, at the format's quality unless <paramref name="quality"/> says otherwise
    /// (the benchmark's sweeps). Encoders keep no metadata; JPEG uses mozjpeg's trellis quantisation and
    /// its table 3, AV1 the <see cref="MediaOptions.AvifTune"/> tuning (ADR 74).
    /// </summary>
    internal byte[] Encode(Image image, RenditionFormat format, int? quality = null) => format switch
    {
        RenditionFormat.Jpeg => image.JpegsaveBuffer(q: quality ?? options.JpegQuality, optimizeCoding: true, interlace: true, trellisQuant: true,
            overshootDeringing: true, optimizeScans: true, quantTable: 3, keep: Enums.ForeignKeep.None),
        RenditionFormat.WebP => image.WebpsaveBuffer(q: quality ?? options.WebPQuality, effort: options.WebPEffort, smartSubsample: true, keep: Enums.ForeignKeep.None),
        _ => image.HeifsaveBuffer(q: quality ?? options.AvifQuality, bitdepth: 8, compression: Enums.ForeignHeifCompression.Av1,
            effort: options.AvifEffort, tune: options.AvifTune, keep: Enums.ForeignKeep.None),
    };

    private static string Explain(VipsException e)
    {
        var message = e.Message;
        if (message.Contains("hevc", StringComparison.OrdinalIgnoreCase) || message.Contains("No decoding plugin", StringComparison.OrdinalIgnoreCase))
            return "This HEIC photo uses the HEVC codec, which this server cannot decode. Choose “Most compatible” (JPEG) in the camera settings, or upload from the browser, which converts it.";
        return "The photo is damaged or incomplete and cannot be decoded.";
    }
}

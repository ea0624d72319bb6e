using System.Diagnostics;
using System.Globalization;
using CraftMarket.Media;
using CraftMarket.Media.Imaging;
using NetVips;

namespace CraftMarket.Benchmarks.Photos;

/// <summary>
/// `photos avif|webp|webp-plain|jpeg IN [efforts]`: what an encoder's effort costs and buys. The photo is
/// decoded once to the renderer's 2048 px master, then its four sizes are encoded at the renderer's
/// quality with each effort: encode time (best of 3), bytes, and PSNR of the decoded file against the
/// image it was encoded from (higher is closer; under ~0.3 dB is not visible). webp-plain is WebP
/// without smart subsampling; for jpeg the "effort" is 0 baseline, 1 optimised Huffman tables,
/// 2 optimised + progressive, 3 that + trellis quantisation, table 3 and optimised scans (the renderer's).
/// SSIM is <see cref="Ssim"/> (ADR 74: renditions keep 0.92 on real photos).
/// </summary>
internal static class EncoderEfforts
{
    private static readonly int[] Edges = [2048, 1280, 640, 320];

    public static void Run(string format, string input, IReadOnlyList<int> efforts)
    {
        var options = new MediaOptions();
        var quality = format switch { "avif" => options.AvifQuality, "jpeg" => options.JpegQuality, _ => options.WebPQuality };
        Func<Image, int, byte[]> encode = format switch
        {
            "avif" => (image, effort) => image.HeifsaveBuffer(q: quality, bitdepth: 8, compression: Enums.ForeignHeifCompression.Av1, effort: effort, tune: options.AvifTune, keep: Enums.ForeignKeep.None),
            "jpeg" => (image, effort) => image.JpegsaveBuffer(q: quality, optimizeCoding: effort >= 1, interlace: effort >= 2, trellisQuant: effort >= 3,
                overshootDeringing: effort >= 3, optimizeScans: effort >= 3, quantTable: effort >= 3 ? 3 : 0, keep: Enums.ForeignKeep.None),
            _ => (image, effort) => image.WebpsaveBuffer(q: quality, effort: effort, smartSubsample: format == "webp", keep: Enums.ForeignKeep.None),
        };
        using var master = Image.Thumbnail(input, Edges[0], height: Edges[0], size: Enums.Size.Down).CopyMemory();
        var sized = Edges.Select(e => e == Edges[0] ? master : master.ThumbnailImage(e, height: e, size: Enums.Size.Down).CopyMemory()).ToList();
        Console.WriteLine($"{format.ToUpperInvariant()} q{quality}, sizes {string.Join("/", Edges)} of a {master.Width} x {master.Height} master; libvips threads {NetVips.NetVips.Concurrency}");
        Console.WriteLine("effort  encode(s)   bytes(all)   PSNR 2048   PSNR 640   SSIM 2048   SSIM 640");
        foreach (var effort in efforts)
        {
            var best = double.MaxValue;
            byte[][] encoded = [];
            for (var run = 0; run < 3; run++)
            {
                var clock = Stopwatch.StartNew();
                encoded = [.. sized.Select(image => encode(image, effort))];
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{effort,6}  {best,9:F2}  {encoded.Sum(e => e.Length),11:N0}  {Psnr(sized[0], encoded[0]),10:F2}  {Psnr(sized[2], encoded[2]),9:F2}  {Ssim.Of(sized[0], encoded[0]),10:F4}  {Ssim.Of(sized[2], encoded[2]),9:F4}"));
        }
        foreach (var image in sized.Skip(1)) image.Dispose();
    }

    private static double Psnr(Image reference, byte[] file)
    {
        using var decoded = Image.NewFromBuffer(file);
        using var rgb = decoded.Bands > 3 ? decoded.ExtractBand(0, n: 3) : decoded.Copy();
        using var difference = reference.Cast(Enums.BandFormat.Float) - rgb.Cast(Enums.BandFormat.Float);
        using var squared = difference * difference;
        var mse = squared.Avg();
        return mse <= 0 ? 99 : 10 * Math.Log10(255.0 * 255.0 / mse);
    }
}

/// <summary>
/// `photos stages IN [effort]`: where a render's time goes, with the renderer's own calls and
/// settings: decode to the master, then resize, JPEG, WebP and AVIF summed over the four sizes.
/// </summary>
internal static class RenderStages
{
    public static void Run(string input, int? effort)
    {
        var options = new MediaOptions();
        if (effort is { } e) options.AvifEffort = e;
        using var renderer = new PhotoRenderer(options);
        var totals = new Dictionary<string, double>();
        void Time(string stage, Action work)
        {
            var clock = Stopwatch.StartNew();
            work();
            totals[stage] = totals.GetValueOrDefault(stage) + clock.Elapsed.TotalSeconds;
        }
        Image master = null!;
        Time("decode to 2048 master", () => master = Image.Thumbnail(input, 2048, height: 2048, size: Enums.Size.Down, failOn: Enums.FailOn.Warning, outputProfile: "srgb").CopyMemory());
        foreach (var edge in new[] { 2048, 1280, 640, 320 })
        {
            Image sized = null!;
            Time("resize", () => sized = edge == 2048 ? master.Copy() : master.ThumbnailImage(edge, height: edge, size: Enums.Size.Down, noRotate: true).CopyMemory());
            Time("JPEG q" + options.JpegQuality + " trellis", () => renderer.Encode(sized, RenditionFormat.Jpeg));
            Time("WebP q" + options.WebPQuality + " effort " + options.WebPEffort, () => renderer.Encode(sized, RenditionFormat.WebP));
            Time("AVIF q" + options.AvifQuality + " effort " + options.AvifEffort + " tune " + options.AvifTune, () => renderer.Encode(sized, RenditionFormat.Avif));
            sized.Dispose();
        }
        master.Dispose();
        foreach (var (stage, seconds) in totals) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-28} {seconds,6:F2} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-28} {totals.Values.Sum(),6:F2} s"));
    }
}

using System.Diagnostics;
using System.Globalization;
using CraftMarket.Media;
using NetVips;

namespace CraftMarket.Benchmarks.Photos;

/// <summary>
/// `photos avif IN [efforts]`: what the AV1 encoder's effort costs and buys. The photo is decoded
/// once to the renderer's 2048 px master, then its four sizes are encoded to AVIF at the renderer's
/// quality with each effort: encode time (best of 3), bytes, and PSNR of the decoded AVIF against
/// the image it was encoded from (higher is closer; a change under ~0.3 dB is not visible).
/// </summary>
internal static class AvifEfforts
{
    private static readonly int[] Edges = [2048, 1280, 640, 320];

    public static void Run(string input, IReadOnlyList<int> efforts)
    {
        var quality = new MediaOptions().AvifQuality;
        using var master = Image.Thumbnail(input, Edges[0], height: Edges[0], size: Enums.Size.Down).CopyMemory();
        var sized = Edges.Select(e => e == Edges[0] ? master : master.ThumbnailImage(e, height: e, size: Enums.Size.Down).CopyMemory()).ToList();
        Console.WriteLine($"AVIF q{quality}, sizes {string.Join("/", Edges)} of a {master.Width} x {master.Height} master; libvips threads {NetVips.NetVips.Concurrency}");
        Console.WriteLine("effort  encode(s)   bytes(all)   PSNR 2048   PSNR 640");
        foreach (var effort in efforts)
        {
            var best = double.MaxValue;
            byte[][] encoded = [];
            for (var run = 0; run < 3; run++)
            {
                var clock = Stopwatch.StartNew();
                encoded = [.. sized.Select(image => image.HeifsaveBuffer(q: quality, bitdepth: 8, compression: Enums.ForeignHeifCompression.Av1,
                    effort: effort, keep: Enums.ForeignKeep.None))];
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{effort,6}  {best,9:F2}  {encoded.Sum(e => e.Length),11:N0}  {Psnr(sized[0], encoded[0]),10:F2}  {Psnr(sized[2], encoded[2]),9:F2}"));
        }
        foreach (var image in sized.Skip(1)) image.Dispose();
    }

    private static double Psnr(Image reference, byte[] avif)
    {
        using var decoded = Image.NewFromBuffer(avif);
        using var rgb = decoded.Bands > 3 ? decoded.ExtractBand(0, n: 3) : decoded.Copy();
        using var difference = reference.Cast(Enums.BandFormat.Float) - rgb.Cast(Enums.BandFormat.Float);
        using var squared = difference * difference;
        var mse = squared.Avg();
        return mse <= 0 ? 99 : 10 * Math.Log10(255.0 * 255.0 / mse);
    }
}

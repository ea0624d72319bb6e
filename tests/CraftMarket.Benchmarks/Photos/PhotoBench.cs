using System.Diagnostics;
using CraftMarket.Media;
using CraftMarket.Media.Imaging;
using NetVips;

namespace CraftMarket.Benchmarks.Photos;

/// <summary>
/// The Media module's renderer, as the render job calls it, for scripts/bench-photos.sh:
/// `photos make FILE` writes a 12-megapixel photo-like JPEG; `photos render IN OUT [copies] [avif-effort]`
/// renders the full set (copies > 1: that many at once, as two render jobs would); `photos avif IN`
/// and `photos webp IN` compare encoder efforts (<see cref="EncoderEfforts"/>); `photos stages IN`
/// splits a render's time by stage (<see cref="RenderStages"/>).
/// </summary>
internal static class PhotoBench
{
    public static async Task RunAsync(string[] args)
    {
        switch (args)
        {
            case ["make", var path]:
                Make(path);
                break;
            case ["make-demo", var path]:
                // A smoother subject than Make's grain: one of the demo photos (1280 x 960, a vase on a table).
                File.WriteAllBytes(path, CraftMarket.Media.Seeding.DemoDrawings.Draw("vase", 0, 7));
                break;
            case ["render", var input, var output, .. var rest]:
                var copies = rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1;
                var options = new MediaOptions();
                if (rest.Length > 1) options.AvifEffort = int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture);
                using (var renderer = new PhotoRenderer(options))
                {
                    var clock = Stopwatch.StartNew();
                    await Task.WhenAll(Enumerable.Range(0, copies).Select(i => Task.Run(() => renderer.Render(input, Path.Combine(output, i.ToString(System.Globalization.CultureInfo.InvariantCulture))))));
                    Console.WriteLine($"rendered {copies} in {clock.ElapsedMilliseconds} ms");
                }
                break;
            case [var format and ("avif" or "webp"), var input, .. var efforts]:
                EncoderEfforts.Run(format, input, efforts.Length > 0 ? [.. efforts.Select(e => int.Parse(e, System.Globalization.CultureInfo.InvariantCulture))] : [0, 1, 2, 3, 4]);
                break;
            case ["stages", var input, .. var effort]:
                RenderStages.Run(input, effort.Length > 0 ? int.Parse(effort[0], System.Globalization.CultureInfo.InvariantCulture) : null);
                break;
            default:
                Console.Error.WriteLine("usage: photos make FILE | photos make-demo FILE | photos render IN OUTDIR [copies] [avif-effort] | photos avif|webp IN [efforts...] | photos stages IN [effort]");
                break;
        }
    }

    /// <summary>4000 x 3000 with texture everywhere (noise over gradients), so encoders work as on a real photo.</summary>
    private static void Make(string path)
    {
        using var xy = Image.Xyz(4000, 3000);
        using var noise = Image.Gaussnoise(4000, 3000, sigma: 18);
        using var r = xy[0] * (255.0 / 4000) + noise;
        using var g = xy[1] * (255.0 / 3000) + noise;
        using var b = ((xy[0] + xy[1]) % 256) * 0.6 + noise;
        using var rgb = r.Bandjoin(g, b).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        rgb.Jpegsave(path, q: 90);
    }
}

using System.Diagnostics;
using CraftMarket.Media;
using CraftMarket.Media.Imaging;
using NetVips;

namespace CraftMarket.Benchmarks.Photos;

/// <summary>
/// The Media module's renderer, as the render job calls it, for scripts/bench-photos.sh:
/// `photos make FILE [seed]` writes a 12-megapixel photo-like JPEG; `photos render IN[,IN2...] OUT [copies] [avif-effort]`
/// renders the full set (copies > 1: that many at once, as two render jobs would, taking the inputs in
/// turn, so two different photos); `photos avif|webp|webp-plain|jpeg IN` compare encoder settings
/// (<see cref="EncoderEfforts"/>); `photos stages IN` splits a render's time by stage
/// (<see cref="RenderStages"/>); `photos identify DIR...` says what each output file really is.
/// </summary>
internal static class PhotoBench
{
    public static async Task RunAsync(string[] args)
    {
        switch (args)
        {
            case ["make", var path, .. var seed]:
                Make(path, seed.Length > 0 ? int.Parse(seed[0], System.Globalization.CultureInfo.InvariantCulture) : 0);
                break;
            case ["identify", .. var folders]:
                Identify.Run(folders);
                break;
            case ["quality", var source, .. var folders]:
                Quality.Run(source, folders);
                break;
            case ["make-demo", var path]:
                // A smoother subject than Make's grain: one of the demo photos (1280 x 960, a vase on a table).
                File.WriteAllBytes(path, CraftMarket.Media.Seeding.DemoDrawings.Draw("vase", 0, 7));
                break;
            case ["render", var input, var output, .. var rest]:
                var copies = rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : 1;
                var inputs = input.Split(',');
                var options = new MediaOptions();
                if (rest.Length > 1) options.AvifEffort = int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture);
                using (var renderer = new PhotoRenderer(options))
                {
                    var clock = Stopwatch.StartNew();
                    await Task.WhenAll(Enumerable.Range(0, copies).Select(i => Task.Run(() => renderer.Render(inputs[i % inputs.Length], Path.Combine(output, i.ToString(System.Globalization.CultureInfo.InvariantCulture))))));
                    Console.WriteLine($"rendered {copies} in {clock.ElapsedMilliseconds} ms");
                }
                break;
            case [var format and ("avif" or "webp" or "webp-plain" or "jpeg"), var input, .. var efforts]:
                EncoderEfforts.Run(format, input, efforts.Length > 0 ? [.. efforts.Select(e => int.Parse(e, System.Globalization.CultureInfo.InvariantCulture))] : [0, 1, 2, 3, 4]);
                break;
            case ["stages", var input, .. var effort]:
                RenderStages.Run(input, effort.Length > 0 ? int.Parse(effort[0], System.Globalization.CultureInfo.InvariantCulture) : null);
                break;
            default:
                Console.Error.WriteLine("usage: photos make FILE [seed] | photos make-demo FILE | photos render IN[,IN2] OUTDIR [copies] [avif-effort] | photos avif|webp|webp-plain|jpeg IN [efforts...] | photos stages IN [effort] | photos identify DIR...");
                break;
        }
    }

    /// <summary>4000 x 3000 with texture everywhere (noise over gradients), so encoders work as on a real photo.</summary>
    private static void Make(string path, int seed)
    {
        using var xy = Image.Xyz(4000, 3000);
        using var noise = seed == 0 ? Image.Gaussnoise(4000, 3000, sigma: 18) : Image.Gaussnoise(4000, 3000, sigma: 18, seed: seed);
        using var r = xy[0] * (255.0 / 4000) + noise;
        using var g = xy[1] * (255.0 / 3000) + noise;
        using var b = ((xy[0] + xy[1]) % 256) * 0.6 + noise;
        using var rgb = r.Bandjoin(g, b).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        rgb.Jpegsave(path, q: 90);
    }
}

/// <summary>
/// `photos quality SOURCE DIR...`: per folder and format, bytes of the four sizes and the SSIM of each
/// size against the source downscaled the renderer's way (an sRGB 2048 px master, then the size), so
/// every tool is measured against the same pixels (ADR 74). A tool whose resize differs from ours
/// (ImageMagick's filter) loses a little SSIM to that too.
/// </summary>
internal static class Quality
{
    public static void Run(string source, IEnumerable<string> folders)
    {
        using var master = Image.Thumbnail(source, 2048, height: 2048, size: Enums.Size.Down, outputProfile: "srgb").CopyMemory();
        var references = new Dictionary<int, Image>();
        try
        {
            foreach (var folder in folders)
            {
                var cells = new List<string>();
                foreach (var group in Directory.GetFiles(folder).Where(f => !f.EndsWith(".v", StringComparison.Ordinal))
                             .GroupBy(f => Path.GetExtension(f)).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    long bytes = 0;
                    var ssims = new List<string>();
                    foreach (var file in group.OrderByDescending(f => int.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        using var rendition = Image.NewFromFile(file);
                        var edge = Math.Max(rendition.Width, rendition.Height);
                        if (!references.TryGetValue(edge, out var reference))
                            references[edge] = reference = edge == Math.Max(master.Width, master.Height) ? master.Copy()
                                : master.ThumbnailImage(edge, height: edge, size: Enums.Size.Down, noRotate: true).CopyMemory();
                        bytes += new FileInfo(file).Length;
                        ssims.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Ssim.Of(reference, rendition):F3}"));
                    }
                    cells.Add($"{group.Key} {bytes / 1024} KB SSIM {string.Join("/", ssims)}");
                }
                Console.WriteLine($"  {Path.GetFileName(folder),-6} {string.Join("; ", cells)}");
            }
        }
        finally
        {
            foreach (var reference in references.Values) reference.Dispose();
        }
    }
}

/// <summary>`photos identify DIR...`: each output's real format (loader, AV1 or HEVC inside a HEIF), size and bytes, and bytes per format.</summary>
internal static class Identify
{
    public static void Run(IEnumerable<string> folders)
    {
        foreach (var folder in folders)
        {
            var totals = new SortedDictionary<string, long>(StringComparer.Ordinal);
            var lines = new List<string>();
            foreach (var file in Directory.GetFiles(folder).Where(f => !f.EndsWith(".v", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                using var image = Image.NewFromFile(file);
                var loader = (string)image.Get("vips-loader");
                var codec = image.GetFields().Contains("heif-compression") ? "/" + image.Get("heif-compression") : "";
                var bytes = new FileInfo(file).Length;
                var ext = Path.GetExtension(file);
                totals[ext] = totals.GetValueOrDefault(ext) + bytes;
                var metadata = image.GetFields().Any(f => f.StartsWith("exif", StringComparison.Ordinal) || f.StartsWith("xmp", StringComparison.Ordinal)) ? " metadata!" : "";
                lines.Add($"{Path.GetFileName(file)}={loader}{codec} {image.Width}x{image.Height} {bytes / 1024}K{metadata}");
            }
            Console.WriteLine($"  {folder}: {string.Join("; ", lines)}");
            Console.WriteLine($"    bytes per format: {string.Join(", ", totals.Select(t => $"{t.Key} {t.Value / 1024} KB"))}");
        }
    }
}

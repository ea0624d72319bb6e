using NetVips;

namespace CraftMarket.Media.Seeding;

/// <summary>
/// Product photographs for the demo, drawn with libvips (nothing can be downloaded here): a vase,
/// a bowl, a scarf, a chair... on a wall and a table, lit from the left. The second photo of each
/// product is a close-up of the first, as a producer would take.
/// </summary>
internal static class DemoDrawings
{
    private const int W = 1600, H = 1200, TableTop = 860;

    public static string KindFor(string categoryEn, string slug)
    {
        var c = categoryEn.ToLowerInvariant();
        foreach (var (word, kind) in Kinds) if (c.Contains(word, StringComparison.Ordinal)) return kind;
        return slug switch { "van-phuc" => "scarf", "dong-ky" => "chair", _ => "vase" };
    }

    private static readonly (string Word, string Kind)[] Kinds =
    [
        ("vase", "vase"), ("jar", "vase"), ("pot", "pot"), ("statue", "statue"), ("tea", "teapot"), ("cup", "teapot"),
        ("bowl", "bowl"), ("plate", "plate"), ("scar", "scarf"), ("fabric", "fabric"), ("garment", "scarf"), ("accessor", "scarf"),
        ("chair", "chair"), ("bench", "chair"), ("table", "table"), ("cabinet", "cabinet"), ("altar", "cabinet"), ("bed", "cabinet"),
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, int, int), byte[]> Drawn = new();

    /// <summary>
    /// A few looks per kind, drawn once per process: products of one kind share them, so the same
    /// bytes are stored once and rendered once (content addressing), and seeding stays quick.
    /// </summary>
    public static byte[] For(string kind, int variant, int ordinal) =>
        Drawn.GetOrAdd((kind, variant, ordinal % 4), k => Draw(k.Item1, k.Item2, k.Item3 * 7919 + k.Item1.Length * 31));

    public static byte[] Draw(string kind, int variant, int seed)
    {
        var rng = new Random(seed);
        double[] wall = variant == 0 ? [232, 226, 214] : [205, 214, 222];
        double[] table = variant == 0 ? [150, 110, 78] : [120, 96, 80];
        double[] main = Palette[rng.Next(Palette.Length)];
        double[] accent = Palette[rng.Next(Palette.Length)];
        var canvas = Backdrop(wall, table);
        foreach (var (shape, colour) in Shapes(kind, main, accent)) canvas = Paint(canvas, shape, colour);
        if (variant == 1)
        {
            using var whole = canvas;
            using var crop = whole.Crop(320, 240, 960, 720);
            canvas = crop.Resize(W / 960.0);
        }
        // Drawn at 1600 x 1200, saved at 1280 x 960: softer edges, and three sizes to render instead of four.
        using (canvas)
        using (var saved = canvas.Resize(0.8))
            return saved.JpegsaveBuffer(q: 88, keep: Enums.ForeignKeep.None);
    }

    private static readonly double[][] Palette =
        [[38, 84, 160], [120, 150, 120], [176, 58, 46], [222, 200, 150], [92, 60, 40], [160, 190, 180], [200, 120, 40], [110, 40, 90]];

    private static IEnumerable<(Action<MutableImage> Shape, double[] Colour)> Shapes(string kind, double[] main, double[] accent) => kind switch
    {
        "bowl" => [(m => HalfEllipse(m, 800, 700, 380, 230), main), (m => Ellipse(m, 800, 700, 380, 60), accent), (m => Ellipse(m, 800, 705, 340, 45), Darker(main))],
        "plate" => [(m => Ellipse(m, 800, 760, 460, 140), main), (m => Ellipse(m, 800, 760, 330, 95), accent), (m => Ellipse(m, 800, 760, 200, 55), main)],
        "pot" => [(m => Trapezoid(m, 800, 520, 880, 560, 380), main), (m => m.DrawRect([255], 500, 490, 600, 60, true), Darker(main)), (m => Dots(m, 800, 700, 5), accent)],
        "statue" => [(m => m.DrawRect([255], 620, 780, 360, 80, true), Darker(main)), (m => Ellipse(m, 800, 640, 170, 170), main), (m => Ellipse(m, 800, 420, 110, 110), main), (m => Ellipse(m, 760, 400, 14, 14), accent), (m => Ellipse(m, 840, 400, 14, 14), accent)],
        "teapot" => [(m => Ellipse(m, 720, 690, 230, 170), main), (m => Thick(m, 930, 650, 1060, 540, 28), main), (m => Ring(m, 500, 690, 110, 26), main), (m => Ellipse(m, 720, 520, 50, 26), accent),
            (m => m.DrawRect([255], 1100, 720, 120, 140, true), main), (m => m.DrawRect([255], 1270, 720, 120, 140, true), main), (m => Dots(m, 720, 690, 4), accent)],
        "scarf" => [(m => Drape(m, 500, 180, 600, 680, 0), main), (m => Drape(m, 500, 180, 600, 680, 1), accent), (m => Fringe(m, 500, 860, 600), Darker(main))],
        "fabric" => [(m => m.DrawRect([255], 360, 540, 880, 300, true), main), (m => Stripes(m, 360, 540, 880, 300), accent), (m => Ellipse(m, 1240, 690, 60, 150), Darker(main))],
        "table" => [(m => m.DrawRect([255], 380, 560, 840, 60, true), main), (m => m.DrawRect([255], 420, 620, 760, 50, true), Darker(main)),
            (m => m.DrawRect([255], 430, 620, 50, 380, true), Darker(main)), (m => m.DrawRect([255], 1120, 620, 50, 380, true), Darker(main))],
        "cabinet" => [(m => m.DrawRect([255], 520, 260, 560, 720, true), main), (m => m.DrawRect([255], 560, 300, 230, 640, true), Darker(main)),
            (m => m.DrawRect([255], 810, 300, 230, 640, true), Darker(main)), (m => Ellipse(m, 770, 620, 14, 14), accent), (m => Ellipse(m, 830, 620, 14, 14), accent)],
        "chair" => [(m => m.DrawRect([255], 560, 620, 480, 60, true), main), (m => m.DrawRect([255], 580, 240, 50, 760, true), Darker(main)), (m => m.DrawRect([255], 970, 240, 50, 760, true), Darker(main)),
            (m => Slats(m, 630, 280, 340, 300), main), (m => m.DrawRect([255], 590, 680, 40, 320, true), Darker(main)), (m => m.DrawRect([255], 970, 680, 40, 320, true), Darker(main))],
        _ => [(m => Ellipse(m, 800, 680, 240, 250), main), (m => m.DrawRect([255], 735, 300, 130, 200, true), main), (m => Ellipse(m, 800, 305, 115, 28), Darker(main)),
            (m => m.DrawRect([255], 690, 915, 220, 30, true), Darker(main)), (m => Dots(m, 800, 700, 6), accent)],
    };

    private static Image Backdrop(double[] wall, double[] table)
    {
        using var xy = Image.Xyz(W, H);
        using var y = xy[1];
        using var light = 1.1 - (xy[0] / (W * 3.0));
        using var isTable = y > TableTop;
        using var wallPaint = light * wall;
        using var tablePaint = light * table;
        using var mixed = isTable.Ifthenelse(tablePaint, wallPaint);
        return mixed.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>Fills the drawn mask with the colour, shaded lighter on the left like window light.</summary>
    private static Image Paint(Image canvas, Action<MutableImage> shape, double[] colour)
    {
        using var blank = Image.Black(W, H);
        using var mask = blank.Mutate(shape);
        using var xy = Image.Xyz(W, H);
        using var light = 1.25 - (xy[0] / (W * 1.4));
        using var paint = (light * colour).Cast(Enums.BandFormat.Uchar);
        var painted = mask.Ifthenelse(paint, canvas);
        canvas.Dispose();
        return painted;
    }

    private static double[] Darker(double[] c) => [c[0] * 0.7, c[1] * 0.7, c[2] * 0.7];

    private static void Ellipse(MutableImage m, int cx, int cy, int rx, int ry)
    {
        for (var dy = -ry; dy <= ry; dy++)
        {
            var half = (int)(rx * Math.Sqrt(1 - (double)dy * dy / ((double)ry * ry)));
            if (half > 0) m.DrawRect([255], cx - half, cy + dy, 2 * half, 1, true);
        }
    }

    private static void HalfEllipse(MutableImage m, int cx, int cy, int rx, int ry)
    {
        for (var dy = 0; dy <= ry; dy++)
        {
            var half = (int)(rx * Math.Sqrt(1 - (double)dy * dy / ((double)ry * ry)));
            if (half > 0) m.DrawRect([255], cx - half, cy + dy, 2 * half, 1, true);
        }
    }

    private static void Trapezoid(MutableImage m, int cx, int top, int bottom, int topWidth, int bottomWidth)
    {
        for (var y = top; y < bottom; y++)
        {
            var w = topWidth + (bottomWidth - topWidth) * (y - top) / (bottom - top);
            m.DrawRect([255], cx - w / 2, y, w, 1, true);
        }
    }

    private static void Ring(MutableImage m, int cx, int cy, int r, int thickness)
    {
        for (var t = 0; t < thickness; t++) m.DrawCircle([255], cx, cy, r - t, false);
    }

    private static void Thick(MutableImage m, int x1, int y1, int x2, int y2, int thickness)
    {
        for (var t = -thickness / 2; t < thickness / 2; t++) m.DrawLine([255], x1, y1 + t, x2, y2 + t);
    }

    private static void Dots(MutableImage m, int cx, int cy, int n)
    {
        for (var i = 0; i < n; i++)
        {
            var a = i * 2 * Math.PI / n;
            Ellipse(m, cx + (int)(120 * Math.Cos(a)), cy + (int)(110 * Math.Sin(a)), 26, 26);
        }
    }

    /// <summary>Cloth hanging in soft folds: each row shifts with a sine; stripe parity picks every other band.</summary>
    private static void Drape(MutableImage m, int left, int top, int width, int height, int parity)
    {
        const int band = 60;
        for (var y = 0; y < height; y++)
        {
            var shift = (int)(24 * Math.Sin(y / 45.0));
            for (var x = 0; x < width; x += band)
                if ((x / band) % 2 == parity) m.DrawRect([255], left + x + shift, top + y, Math.Min(band, width - x), 1, true);
        }
    }

    private static void Fringe(MutableImage m, int left, int top, int width)
    {
        for (var x = left; x < left + width; x += 14) m.DrawRect([255], x, top, 5, 60, true);
    }

    private static void Stripes(MutableImage m, int left, int top, int width, int height)
    {
        for (var y = top + 20; y < top + height; y += 70) m.DrawRect([255], left, y, width, 18, true);
    }

    private static void Slats(MutableImage m, int left, int top, int width, int height)
    {
        for (var x = left + 20; x < left + width; x += 70) m.DrawRect([255], x, top, 30, height, true);
    }
}

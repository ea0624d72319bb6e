using System.Buffers.Binary;
using System.Text;
using NetVips;

namespace CraftMarket.Media.Tests.Support;

/// <summary>Every file the tests upload is made here, from nothing: real encoders for real images, hand-built bytes for hostile ones.</summary>
public static class TestImages
{
    /// <summary>A photo-like JPEG: a colour gradient with a mark, different each call when <paramref name="seed"/> differs.</summary>
    public static byte[] Jpeg(int width = 800, int height = 600, int seed = 0, int quality = 85)
    {
        using var image = Gradient(width, height, seed);
        return image.JpegsaveBuffer(q: quality, keep: Enums.ForeignKeep.None);
    }

    /// <summary>Grain over the gradient: JPEG cannot compress it much, so a small picture is a large file (quota tests).</summary>
    public static byte[] NoisyJpeg(int width, int height, int seed, int quality = 92)
    {
        using var grainy = Grainy(width, height, seed);
        return grainy.JpegsaveBuffer(q: quality, keep: Enums.ForeignKeep.None);
    }

    /// <summary>The same grain as a PNG: deflate cannot compress noise, so almost every byte is coded image data.</summary>
    public static byte[] NoisyPng(int width, int height, int seed)
    {
        using var grainy = Grainy(width, height, seed);
        return grainy.PngsaveBuffer(compression: 1, keep: Enums.ForeignKeep.None);
    }

    private static Image Grainy(int width, int height, int seed)
    {
        using var gradient = Gradient(width, height, seed);
        using var noise = Image.Gaussnoise(width, height, sigma: 60, mean: 0, seed: seed);
        return (gradient + noise.Bandjoin(noise, noise)).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    public static byte[] Png(int width = 640, int height = 480, int seed = 0)
    {
        using var image = Gradient(width, height, seed);
        return image.PngsaveBuffer(keep: Enums.ForeignKeep.None);
    }

    public static byte[] WebP(int width = 640, int height = 480, int seed = 0)
    {
        using var image = Gradient(width, height, seed);
        return image.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.None);
    }

    public static byte[] Avif(int width = 640, int height = 480, int seed = 0)
    {
        using var image = Gradient(width, height, seed);
        return image.HeifsaveBuffer(q: 60, compression: Enums.ForeignHeifCompression.Av1, effort: 0, keep: Enums.ForeignKeep.None);
    }

    /// <summary>A red-ish sRGB picture converted to CMYK and saved as a 4-channel (Adobe) JPEG without a profile.</summary>
    public static byte[] CmykJpeg(int width = 600, int height = 400)
    {
        using var red = Solid(width, height, 200, 30, 30);
        using var cmyk = red.Colourspace(Enums.Interpretation.Cmyk);
        return cmyk.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
    }

    /// <summary>A 16-bit-per-channel RGB PNG (a scanner's or a camera app's "high quality" export).</summary>
    public static byte[] Png16(int width = 600, int height = 400)
    {
        using var image = Gradient(width, height, 3);
        using var wide = (image.Cast(Enums.BandFormat.Ushort) * 257).Cast(Enums.BandFormat.Ushort).Copy(interpretation: Enums.Interpretation.Rgb16);
        return wide.PngsaveBuffer(bitdepth: 16, keep: Enums.ForeignKeep.None);
    }

    /// <summary>
    /// Stored landscape, top half red and bottom half blue, with EXIF orientation 6 (turn 90° clockwise
    /// to view): shown upright it is portrait with blue on the left and red on the right.
    /// </summary>
    public static byte[] RotatedJpeg(bool withGps = false)
    {
        using var top = Solid(600, 200, 220, 20, 20);
        using var bottom = Solid(600, 200, 20, 20, 220);
        using var stacked = top.Join(bottom, Enums.Direction.Vertical);
        return WithExif(stacked.JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None), orientation: 6, gps: withGps);
    }

    /// <summary>A JPEG carrying the GPS position of a (made-up) household in Bát Tràng in its EXIF.</summary>
    public static byte[] JpegWithGps() => WithExif(Jpeg(700, 500, seed: 9), orientation: 1, gps: true);

    /// <summary>Whole in structure (every marker in place) but with scrambled entropy-coded data: only decoding finds it.</summary>
    public static byte[] DamagedJpeg()
    {
        var jpeg = Jpeg(1200, 900, seed: 7);
        var scan = jpeg.AsSpan().IndexOf(new byte[] { 0xFF, 0xDA });
        for (var i = scan + 600; i < jpeg.Length - 3000; i++)
        {
            if (jpeg[i] == 0xFF || jpeg[i - 1] == 0xFF) continue;
            var scrambled = (byte)(jpeg[i] ^ 0x5A);
            if (scrambled != 0xFF) jpeg[i] = scrambled;
        }
        return jpeg;
    }

    public static byte[] TruncatedJpeg()
    {
        var whole = Jpeg(900, 700, seed: 4);
        return whole[..(whole.Length * 2 / 3)];
    }

    /// <summary>A valid PNG signature and header claiming 100,000 x 100,000 pixels, with a few bytes of data: a decompression bomb.</summary>
    public static byte[] PngBomb()
    {
        using var ms = new MemoryStream();
        ms.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, 100_000);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), 100_000);
        ihdr[8] = 8; ihdr[9] = 2;   // 8-bit RGB
        Chunk(ms, "IHDR", ihdr);
        Chunk(ms, "IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]);
        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    public static byte[] TextRenamedJpg() => Encoding.UTF8.GetBytes("Giá bán buôn: 120.000 đ / chiếc\nSố lượng tối thiểu: 50\n");

    /// <summary>A JPEG that decodes as a photo and also carries an HTML page with a script in a comment segment.</summary>
    public static byte[] HtmlJpegPolyglot()
    {
        var jpeg = Jpeg(400, 300, seed: 5);
        var html = Encoding.ASCII.GetBytes("<html><body><script>fetch('/api/auth/me').then(r=>r.text()).then(alert)</script></body></html>");
        var segment = new byte[4 + html.Length];
        segment[0] = 0xFF; segment[1] = 0xFE;   // COM
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(html.Length + 2));
        html.CopyTo(segment, 4);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"300\">" +
        "<script>alert(document.cookie)</script><rect width=\"400\" height=\"300\" fill=\"red\"/></svg>");

    /// <summary>
    /// The start of an iPhone-style HEIC: ftyp brand heic, a meta box declaring one hvc1 item of
    /// 4032 x 3024 (ispe), and an mdat. Hand-built: the bundled libvips has no HEVC encoder either.
    /// </summary>
    public static byte[] HeicHeader(int width = 4032, int height = 3024)
    {
        var ftyp = Box("ftyp", "heic"u8.ToArray(), [0, 0, 0, 0], "mif1"u8.ToArray(), "heic"u8.ToArray());
        var hdlr = Box("hdlr", [0, 0, 0, 0], [0, 0, 0, 0], "pict"u8.ToArray(), new byte[12], [0]);
        var infe = Box("infe", [2, 0, 0, 0], [0, 1], [0, 0], "hvc1"u8.ToArray(), [0]);
        var iinf = Box("iinf", [0, 0, 0, 0], [0, 1], infe);
        var ispe = Box("ispe", [0, 0, 0, 0], Be32(width), Be32(height));
        var iprp = Box("iprp", Box("ipco", ispe));
        var meta = Box("meta", [0, 0, 0, 0], hdlr, iinf, iprp);
        var mdat = Box("mdat", [0, 0, 0, 0x18, 0x26, 0x01, 0xAF, 0x09, .. new byte[200]]);   // an HEVC NAL unit's start, then nothing
        return [.. ftyp, .. meta, .. mdat];

        static byte[] Be32(int value) { var b = new byte[4]; BinaryPrimitives.WriteInt32BigEndian(b, value); return b; }
        static byte[] Box(string type, params byte[][] content)
        {
            byte[] body = [.. content.SelectMany(c => c)];
            return [.. Be32(8 + body.Length), .. Encoding.ASCII.GetBytes(type), .. body];
        }
    }

    public static Image Gradient(int width, int height, int seed)
    {
        using var xy = Image.Xyz(width, height);
        using var x = xy[0];
        using var y = xy[1];
        using var r = x * (255.0 / width);
        using var g = y * (255.0 / height);
        using var b = (x + y + seed * 37) % 256;
        using var joined = r.Bandjoin(g, b);
        return joined.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    public static Image Solid(int width, int height, int red, int green, int blue)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var filled = black + new double[] { red, green, blue };
        return filled.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(four, (uint)data.Length);
        s.Write(four);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        s.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(four, PngCrc.Of(typed));
        s.Write(four);
    }

    private static byte[] WithExif(byte[] jpeg, int orientation, bool gps) => [.. jpeg[..2], .. ExifSegment.Build(orientation, gps), .. jpeg[2..]];
}

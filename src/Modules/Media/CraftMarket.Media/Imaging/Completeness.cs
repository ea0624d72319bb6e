namespace CraftMarket.Media.Imaging;

/// <summary>
/// Checks that a stored upload is whole, by walking its container structure (no pixel decoding):
/// a JPEG reaches its end-of-image marker, a PNG its IEND chunk, a WebP or HEIF/AVIF file is as
/// long as its boxes say. A truncated upload is refused in the request; damage inside the coded
/// data is caught later, when the renderer decodes with fail-on-error.
/// </summary>
internal static class Completeness
{
    public static Refusal? Check(string path, ImageFormat format)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var whole = format switch
        {
            ImageFormat.Jpeg => JpegIsWhole(file),
            ImageFormat.Png => PngIsWhole(file),
            ImageFormat.WebP => WebPIsWhole(file),
            _ => IsoBmffIsWhole(file),
        };
        return whole ? null : Refusal.Damaged("The file is incomplete: it ends before the image does (was the upload cut off?).");
    }

    private static bool JpegIsWhole(Stream s)
    {
        s.Position = 2;
        var inScan = false;
        while (true)
        {
            var b = s.ReadByte();
            if (b < 0) return false;
            if (b != 0xFF)
            {
                if (inScan) continue;
                return false;
            }
            int marker;
            do marker = s.ReadByte(); while (marker == 0xFF);
            if (marker < 0) return false;
            if (marker == 0xD9) return true;
            if (marker is 0x00 or 0x01 or >= 0xD0 and <= 0xD7) continue;   // stuffed byte, TEM, restart markers
            var hi = s.ReadByte();
            var lo = s.ReadByte();
            if (lo < 0) return false;
            var length = (hi << 8) | lo;
            if (length < 2 || s.Position + length - 2 > s.Length) return false;
            s.Position += length - 2;
            inScan = marker == 0xDA;
        }
    }

    private static bool PngIsWhole(Stream s)
    {
        Span<byte> header = stackalloc byte[8];
        s.Position = 8;
        while (s.Position + 12 <= s.Length)
        {
            s.ReadExactly(header);
            var length = ImageSniffer.Be32(header, 0);
            if (header[4..8].SequenceEqual("IEND"u8)) return true;
            if (s.Position + length + 4 > s.Length) return false;
            s.Position += length + 4;
        }
        return false;
    }

    private static bool WebPIsWhole(Stream s)
    {
        Span<byte> header = stackalloc byte[8];
        s.ReadExactly(header);
        return ImageSniffer.Le32(header, 4) + 8 <= s.Length;
    }

    private static bool IsoBmffIsWhole(Stream s)
    {
        Span<byte> header = stackalloc byte[16];
        long at = 0;
        var sawData = false;
        while (at < s.Length)
        {
            if (at + 8 > s.Length) return false;
            s.Position = at;
            var read = s.Read(header);
            var (size, _) = IsoBmffHeader.BoxSize(header[..read], 0);
            sawData |= header[4..8].SequenceEqual("mdat"u8) || header[4..8].SequenceEqual("meta"u8);
            if (size == 0) return sawData;
            if (size < 8 || at + size > s.Length) return false;
            at += size;
        }
        return sawData;
    }
}

namespace CraftMarket.Media.Imaging;

/// <summary>
/// Where in a file markup could hide: every byte except the entropy-coded image data, found by
/// walking the container (no decoding). Where the structure breaks, the rest of the file counts.
/// </summary>
internal static class MarkupRegions
{
    public static List<(long Start, long Length)> Jpeg(Stream s)
    {
        var regions = new List<(long, long)>();
        s.Position = 2;
        while (true)
        {
            var at = s.Position;
            var b = s.ReadByte();
            if (b < 0) return regions;
            if (b != 0xFF) return Rest(regions, s, at);
            int marker;
            do marker = s.ReadByte(); while (marker == 0xFF);
            if (marker < 0) return regions;
            if (marker == 0xD9) return Rest(regions, s, s.Position);   // after EOI: appended bytes
            if (marker is 0x01 or >= 0xD0 and <= 0xD7) continue;
            var hi = s.ReadByte();
            var lo = s.ReadByte();
            if (lo < 0) return regions;
            var length = (hi << 8) | lo;
            if (length < 2) return Rest(regions, s, at);
            var payload = s.Position;
            regions.Add((payload, Math.Min(length - 2, s.Length - payload)));   // APPn (EXIF, XMP, ICC), COM, tables
            s.Position = payload + length - 2;
            if (marker == 0xDA) SkipEntropyCoded(s);
        }
    }

    /// <summary>After a scan header: the coded data runs to the first marker that is not a stuffed 0xFF00 or a restart marker.</summary>
    private static void SkipEntropyCoded(Stream s)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var start = s.Position;
            var n = s.Read(buffer);
            if (n == 0) return;
            var i = 0;
            while (true)
            {
                var k = buffer.AsSpan(i, n - i).IndexOf((byte)0xFF);
                if (k < 0) { s.Position = start + n; break; }
                i += k;
                if (i + 1 >= n)
                {
                    // 0xFF is the last byte read: read again from it, unless it is the file's last byte.
                    s.Position = i == 0 ? start + 1 : start + i;
                    if (i == 0) return;
                    break;
                }
                var next = buffer[i + 1];
                if (next is 0x00 or >= 0xD0 and <= 0xD7) { i += 2; continue; }
                s.Position = start + i;
                return;
            }
        }
    }

    public static List<(long Start, long Length)> Png(Stream s)
    {
        var regions = new List<(long, long)>();
        Span<byte> header = stackalloc byte[8];
        long at = 8;
        while (at + 12 <= s.Length)
        {
            s.Position = at;
            s.ReadExactly(header);
            var length = ImageSniffer.Be32(header, 0);
            var type = header[4..8];
            var next = at + 12 + length;
            if (next > s.Length) return Rest(regions, s, at);
            if (!type.SequenceEqual("IDAT"u8) && !type.SequenceEqual("fdAT"u8)) regions.Add((at + 8, length));   // text, EXIF, ICC...
            if (type.SequenceEqual("IEND"u8)) return Rest(regions, s, next);
            at = next;
        }
        return Rest(regions, s, at);
    }

    public static List<(long Start, long Length)> WebP(Stream s)
    {
        var regions = new List<(long, long)>();
        Span<byte> header = stackalloc byte[8];
        s.Position = 4;
        s.ReadExactly(header[..4]);
        var riffEnd = Math.Min(8 + ImageSniffer.Le32(header, 0), s.Length);
        Chunks(s, 12, riffEnd, regions, header);
        return Rest(regions, s, riffEnd);
    }

    /// <summary>RIFF chunks: the coded frames (VP8, VP8L, ALPH) are skipped; an animation frame's own chunks are walked.</summary>
    private static void Chunks(Stream s, long at, long end, List<(long, long)> regions, Span<byte> header)
    {
        while (at + 8 <= end)
        {
            s.Position = at;
            s.ReadExactly(header);
            var size = ImageSniffer.Le32(header, 4);
            var type = header[..4];
            var payload = at + 8;
            if (payload + size > end) { regions.Add((at, end - at)); return; }
            if (type.SequenceEqual("ANMF"u8) && size >= 16) Chunks(s, payload + 16, payload + size, regions, header);
            else if (!type.SequenceEqual("VP8 "u8) && !type.SequenceEqual("VP8L"u8) && !type.SequenceEqual("ALPH"u8)) regions.Add((payload, size));
            at = payload + size + (size & 1);
        }
        if (at < end) regions.Add((at, end - at));
    }

    /// <summary>
    /// HEIF/AVIF: the mdat holds coded image items next to EXIF and XMP items, told apart only by
    /// the meta box's item locations, so the whole file is scanned (tags must still end like tags).
    /// </summary>
    public static List<(long Start, long Length)> IsoBmff(Stream s) => [(0, s.Length)];

    private static List<(long Start, long Length)> Rest(List<(long, long)> regions, Stream s, long from)
    {
        if (from < s.Length) regions.Add((from, s.Length - from));
        return regions;
    }
}

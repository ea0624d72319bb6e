using System.Buffers.Binary;

namespace CraftMarket.Media.Tests.Support;

/// <summary>Builds a JPEG APP1 EXIF segment by hand: an orientation tag and, optionally, a GPS position.</summary>
public static class ExifSegment
{
    public static byte[] Build(int orientation, bool gps)
    {
        var tiff = new byte[gps ? 152 : 26];
        var t = tiff.AsSpan();
        "II"u8.CopyTo(t);
        BinaryPrimitives.WriteUInt16LittleEndian(t[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(t[4..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(t[8..], (ushort)(gps ? 2 : 1));
        Entry(t, 10, 0x0112, 3, 1, (uint)orientation);                 // Orientation, SHORT
        if (gps)
        {
            Entry(t, 22, 0x8825, 4, 1, 38);                             // GPSInfo IFD pointer
            BinaryPrimitives.WriteUInt16LittleEndian(t[38..], 5);
            Entry(t, 40, 0x0000, 1, 4, 0x00000302);                     // GPSVersionID 2.3.0.0
            Entry(t, 52, 0x0001, 2, 2, 'N');                            // GPSLatitudeRef
            Entry(t, 64, 0x0002, 5, 3, 104);                            // GPSLatitude at 104
            Entry(t, 76, 0x0003, 2, 2, 'E');                            // GPSLongitudeRef
            Entry(t, 88, 0x0004, 5, 3, 128);                            // GPSLongitude at 128
            Rationals(t[104..], (20, 1), (58, 1), (30, 1));             // Bát Tràng, 20°58'30" N
            Rationals(t[128..], (105, 1), (54, 1), (45, 1));            // 105°54'45" E
        }
        var body = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + body.Length];
        segment[0] = 0xFF; segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(body.Length + 2));
        body.CopyTo(segment, 4);
        return segment;
    }

    private static void Entry(Span<byte> t, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(t[at..], tag);
        BinaryPrimitives.WriteUInt16LittleEndian(t[(at + 2)..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(t[(at + 4)..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(t[(at + 8)..], value);
    }

    private static void Rationals(Span<byte> t, params (uint N, uint D)[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(t[(i * 8)..], values[i].N);
            BinaryPrimitives.WriteUInt32LittleEndian(t[(i * 8 + 4)..], values[i].D);
        }
    }
}

/// <summary>The CRC-32 PNG chunks carry (the zlib polynomial).</summary>
public static class PngCrc
{
    private static readonly uint[] Table = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    public static uint Of(ReadOnlySpan<byte> data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data) c = Table[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}

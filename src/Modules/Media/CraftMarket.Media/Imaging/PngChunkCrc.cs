namespace CraftMarket.Media.Imaging;

/// <summary>
/// Checks the CRC-32 of a PNG's critical chunks (IHDR, PLTE, IDAT, IEND), so a file damaged in
/// transit or on the phone is refused at upload with a reason, instead of being accepted and
/// failing later in the render job. Ancillary chunks (text, colour profiles) are skipped: a decoder
/// ignores them too. Runs on the whole staged file, after <see cref="Completeness"/> has shown its
/// chunks fit; reads each critical chunk once, in 64 KB pieces.
/// </summary>
internal static class PngChunkCrc
{
    public const string DamagedReason =
        "The PNG file is damaged: part of the image fails its checksum (CRC). Export or save the photo again and upload the new file.";

    private static readonly uint[] Table = BuildTable();

    /// <summary>The name of the first critical chunk whose CRC does not match, or null when all match.</summary>
    public static string? FirstBadChunk(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> header = stackalloc byte[8];
        Span<byte> stored = stackalloc byte[4];
        var buffer = new byte[64 * 1024];
        file.Position = 8;
        while (file.Position + 12 <= file.Length)
        {
            file.ReadExactly(header);
            var length = ImageSniffer.Be32(header, 0);
            var type = header[4..8];
            if (length > file.Length - file.Position - 4) return System.Text.Encoding.ASCII.GetString(type);
            if (!IsCritical(type))
            {
                file.Position += length + 4;
                continue;
            }
            var crc = Update(0xFFFFFFFFu, type);
            for (var left = length; left > 0;)
            {
                var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read <= 0) return System.Text.Encoding.ASCII.GetString(type);
                crc = Update(crc, buffer.AsSpan(0, read));
                left -= read;
            }
            file.ReadExactly(stored);
            if ((crc ^ 0xFFFFFFFFu) != (uint)ImageSniffer.Be32(stored, 0)) return System.Text.Encoding.ASCII.GetString(type);
            if (type.SequenceEqual("IEND"u8)) return null;
        }
        return null;   // no IEND: Completeness refuses the file
    }

    public static Refusal? Check(string path) =>
        FirstBadChunk(path) is null ? null : Refusal.Damaged(DamagedReason);

    private static bool IsCritical(ReadOnlySpan<byte> type) =>
        type.SequenceEqual("IHDR"u8) || type.SequenceEqual("PLTE"u8) || type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8);

    /// <summary>CRC-32 as PNG (ISO 3309, ITU-T V.42) defines it: reflected polynomial 0xEDB88320.</summary>
    internal static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (var b in data) crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}

namespace CraftMarket.Media.Imaging;

/// <summary>
/// Looks for HTML or script markup in a received upload. A JPEG that is also an HTML page (a
/// polyglot) decodes as a photo, but the bytes are an attack on anything that ever serves or sniffs
/// the original, so it is refused outright.
/// Only where markup can hide is scanned: metadata (JPEG APPn/COM and other marker segments, PNG
/// chunks other than IDAT, WebP chunks other than the coded frames, ISOBMFF boxes and the mdat),
/// and whatever follows the image's end (after JPEG EOI, PNG IEND, the RIFF size). Entropy-coded
/// data is skipped: in a 5 MB photo "&lt;svg" turns up there by chance about once in a hundred.
/// A tag also needs what ends a tag name in HTML (space, '/', '>') after it, as a browser would.
/// </summary>
internal static class MarkupScanner
{
    public static string? Find(string path, ImageFormat format, int chunkSize = 64 * 1024)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var regions = format switch
        {
            ImageFormat.Jpeg => MarkupRegions.Jpeg(file),
            ImageFormat.Png => MarkupRegions.Png(file),
            ImageFormat.WebP => MarkupRegions.WebP(file),
            _ => MarkupRegions.IsoBmff(file),
        };
        var buffer = new byte[chunkSize + MarkupPatterns.Longest];
        foreach (var (start, length) in regions)
            if (ScanRegion(file, start, length, buffer, chunkSize) is { } found) return found;
        return null;
    }

    /// <summary>Reads a region in chunks, carrying the tail of each into the next so a marker split by a chunk border is still seen.</summary>
    private static string? ScanRegion(FileStream file, long start, long length, byte[] buffer, int chunkSize)
    {
        file.Position = start;
        var carried = 0;
        var left = length;
        while (left > 0)
        {
            var read = file.Read(buffer, carried, (int)Math.Min(chunkSize, left));
            if (read <= 0) break;
            left -= read;
            var filled = carried + read;
            // The last bytes of a chunk are scanned again with the next one (a tag end may follow).
            var final = left == 0;
            if (MarkupPatterns.Find(buffer.AsSpan(0, filled), final) is { } found) return found;
            carried = Math.Min(filled, MarkupPatterns.Longest);
            buffer.AsSpan(filled - carried, carried).CopyTo(buffer);
        }
        return null;
    }
}

/// <summary>The markers, matched case-insensitively, each with what must follow it to be markup.</summary>
internal static class MarkupPatterns
{
    private static readonly (byte[] Bytes, bool NeedsTagEnd)[] Patterns =
        [.. new[] { "<script", "<html", "<body", "<svg", "<?php", "<iframe", "<!doctype", "<object", "<embed" }
            .Select(p => (System.Text.Encoding.ASCII.GetBytes(p), true)),
         (System.Text.Encoding.ASCII.GetBytes("javascript:"), false)];

    /// <summary>Longest pattern plus its tag end: what a chunk must carry into the next.</summary>
    public const int Longest = 12;

    /// <summary>
    /// Finds a marker in <paramref name="data"/>. Unless <paramref name="final"/>, a match in the last
    /// <see cref="Longest"/> bytes is left for the next call, which sees those bytes again.
    /// </summary>
    public static string? Find(ReadOnlySpan<byte> data, bool final)
    {
        var limit = final ? data.Length : data.Length - Longest;
        for (var at = 0; at < limit;)
        {
            var next = data[at..limit].IndexOfAny((byte)'<', (byte)'j', (byte)'J');
            if (next < 0) return null;
            at += next;
            foreach (var (pattern, needsTagEnd) in Patterns)
            {
                if (!StartsWithIgnoreCase(data[at..], pattern)) continue;
                var after = at + pattern.Length;
                if (!needsTagEnd || after >= data.Length || IsTagEnd(data[after]))
                    return System.Text.Encoding.ASCII.GetString(pattern);
            }
            at++;
        }
        return null;
    }

    /// <summary>HTML's tag name ends at white space, '/' or '>'; any other byte makes it a different name.</summary>
    private static bool IsTagEnd(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'/' or (byte)'>';

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> data, byte[] pattern)
    {
        if (data.Length < pattern.Length) return false;
        for (var i = 0; i < pattern.Length; i++)
        {
            // Patterns are lower case; only letters fold (0x1C | 0x20 is '<' too, but no tag starts with it).
            var b = data[i];
            if (b != pattern[i] && !(pattern[i] is >= (byte)'a' and <= (byte)'z' && (b | 0x20) == pattern[i])) return false;
        }
        return true;
    }
}

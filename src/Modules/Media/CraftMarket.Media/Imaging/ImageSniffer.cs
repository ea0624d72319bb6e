using System.Text;

namespace CraftMarket.Media.Imaging;

/// <summary>
/// Decides what a file is from its magic bytes and parses its header for the pixel size, before
/// anything is decoded, so a decompression bomb or a renamed document costs a few bytes of reading.
/// </summary>
internal static class ImageSniffer
{
    /// <summary>Headers past this many bytes (e.g. a JPEG whose EXIF pushes the frame header further) are refused.</summary>
    public const int MaxHeaderBytes = 512 * 1024;

    /// <summary>What a product photo upload accepts, said after naming what was sent instead.</summary>
    public const string PhotosAccepted = " Only JPEG, PNG, WebP and AVIF photos are accepted.";

    public static SniffResult Sniff(ReadOnlySpan<byte> head, bool complete, string accepted = PhotosAccepted)
    {
        if (head.Length == 0) return complete ? Refuse("The file is empty.") : SniffResult.More;
        if (head.Length < 32 && !complete) return SniffResult.More;

        SniffResult result;
        if (head.StartsWith(JpegMagic)) result = JpegHeader.Parse(head);
        else if (head.StartsWith(PngMagic)) result = PngHeader.Parse(head);
        else if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) result = WebPHeader.Parse(head);
        else if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)) result = IsoBmffHeader.Parse(head);
        else return SniffResult.Refuse(Refusal.Unsupported(DescribeUnsupported(head) + accepted));

        if (result.NeedMore && (complete || head.Length >= MaxHeaderBytes))
            return SniffResult.Refuse(Refusal.Damaged("The image header is incomplete: the file looks cut off or damaged."));
        return result;
    }

    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngMagic => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static SniffResult Refuse(string reason) => SniffResult.Refuse(Refusal.Unsupported(reason));

    /// <summary>Names what was sent, so the producer understands the refusal ("a PDF", not "bad input").</summary>
    private static string DescribeUnsupported(ReadOnlySpan<byte> head)
    {
        var text = Encoding.ASCII.GetString(head[..Math.Min(head.Length, 256)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        string what;
        if (head.StartsWith("%PDF"u8)) what = "This is a PDF document, not a photo.";
        else if (text.StartsWith("<svg", StringComparison.Ordinal) || (text.StartsWith("<?xml", StringComparison.Ordinal) && text.Contains("<svg", StringComparison.Ordinal)))
            what = "This is an SVG drawing (it can carry scripts), not a photo.";
        else if (text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.StartsWith("<html", StringComparison.Ordinal) || text.StartsWith('<'))
            what = "This is an HTML or XML document, not a photo.";
        else if (head.StartsWith("MZ"u8) || head.StartsWith("\u007FELF"u8)) what = "This is a program (executable), not a photo.";
        else if (head.StartsWith("GIF8"u8)) what = "GIF images are not accepted.";
        else if (head.StartsWith("PK"u8)) what = "This is a ZIP archive or office document, not a photo.";
        else if (LooksLikeText(head)) what = "This is a text file (perhaps renamed to .jpg), not a photo.";
        else what = "The file is not a recognised image format.";
        return what;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head[..Math.Min(head.Length, 512)])
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) return false;
        return true;
    }

    internal static int Be16(ReadOnlySpan<byte> s, int at) => (s[at] << 8) | s[at + 1];
    internal static long Be32(ReadOnlySpan<byte> s, int at) => ((long)s[at] << 24) | ((long)s[at + 1] << 16) | ((long)s[at + 2] << 8) | s[at + 3];
    internal static int Le16(ReadOnlySpan<byte> s, int at) => s[at] | (s[at + 1] << 8);
    internal static int Le24(ReadOnlySpan<byte> s, int at) => s[at] | (s[at + 1] << 8) | (s[at + 2] << 16);
    internal static long Le32(ReadOnlySpan<byte> s, int at) => (uint)(s[at] | (s[at + 1] << 8) | (s[at + 2] << 16) | (s[at + 3] << 24));
}

using System.IO.Compression;
using System.Text;

namespace CraftMarket.Media.Features.PrivateFiles;

/// <summary>
/// Checks a PDF's structure and refuses active content, without a PDF library: a byte scan of PDF
/// name tokens (with #xx escapes decoded, so /J#61vaScript is /JavaScript) over the whole file,
/// stream data included (an xref may point anywhere, so nothing is skipped), and over the inflated
/// data of every object stream (/Type /ObjStm), where compressed PDFs keep their dictionaries.
/// A name in a text string also counts: a rare false refusal is the price of never parsing
/// differently from a viewer. Encrypted PDFs are refused, since their object streams cannot be read.
/// </summary>
internal static class PdfCheck
{
    public static bool LooksLikePdf(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);

    /// <summary>Why the PDF is refused, in words the sender can act on, or null when it may be kept.</summary>
    public static string? Refusal(byte[] pdf, long maxInflatedBytes)
    {
        if (pdf.Length < 16 || !LooksLikePdf(pdf) || !char.IsAsciiDigit((char)pdf[5]))
            return "The file starts like a PDF but its header is damaged. Save or export the document again as a PDF and send that.";
        var tail = pdf.AsSpan(Math.Max(0, pdf.Length - 1024));
        if (tail.IndexOf("%%EOF"u8) < 0)
            return "The PDF is incomplete: it does not end the way a PDF ends (was the upload cut off?). Send the whole file again.";

        if (FirstActiveName(pdf) is { } raw) return Explain(raw);
        long inflated = 0;
        foreach (var data in ObjectStreams(pdf))
        {
            if (data is null)
                return "The PDF uses a compression this server cannot check for scripts. Print it to a new PDF (“Print”, then “Save as PDF”) and send that.";
            var (bytes, tooMuch) = Inflate(data, maxInflatedBytes - inflated);
            if (bytes is null || tooMuch)
                return tooMuch
                    ? "The PDF expands to far more data than its size suggests, so it cannot be checked. Print it to a new PDF (“Print”, then “Save as PDF”) and send that."
                    : "The PDF is damaged: part of it cannot be read. Save or export the document again as a PDF and send that.";
            inflated += bytes.Length;
            if (FirstActiveName(bytes) is { } hidden) return Explain(hidden);
        }
        return null;
    }

    private static readonly string[] Active = ["JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA", "Encrypt"];

    private static string Explain(string name) => name switch
    {
        "JavaScript" or "JS" => "The PDF contains JavaScript (a script that runs when it is opened), so it is refused. Print it to a new PDF (“Print”, then “Save as PDF”) or scan the paper document, and send that.",
        "Launch" => "The PDF contains an action that starts another program when it is opened, so it is refused. Print it to a new PDF (“Print”, then “Save as PDF”) and send that.",
        "EmbeddedFile" or "EmbeddedFiles" => "The PDF has other files attached inside it, so it is refused. Remove the attachments, or print it to a new PDF (“Print”, then “Save as PDF”), and send that.",
        "Encrypt" => "The PDF is password-protected or encrypted, so it cannot be checked. Save a copy without a password and send that.",
        _ => "The PDF contains interactive content (a fillable XFA form or embedded media), so it is refused. Print it to a new PDF (“Print”, then “Save as PDF”) and send that.",
    };

    /// <summary>The first name token (decoded) that marks active content, or null.</summary>
    internal static string? FirstActiveName(ReadOnlySpan<byte> data)
    {
        Span<char> name = stackalloc char[32];
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] != (byte)'/') continue;
            var length = 0;
            var j = i + 1;
            for (; j < data.Length && IsRegular(data[j]) && length <= 31; j++)
            {
                var c = data[j];
                if (c == (byte)'#' && j + 2 < data.Length && IsHex(data[j + 1]) && IsHex(data[j + 2]))
                {
                    c = (byte)((HexValue(data[j + 1]) << 4) | HexValue(data[j + 2]));
                    j += 2;
                }
                name[length++] = (char)c;
            }
            if (length > 31) continue;
            foreach (var active in Active)
                if (name[..length].SequenceEqual(active)) return active;
            i = j - 1;
        }
        return null;
    }

    /// <summary>The raw (still compressed) data of each object stream; null for one filtered other than by Flate alone.</summary>
    private static IEnumerable<byte[]?> ObjectStreams(byte[] pdf)
    {
        var from = 0;
        while (true)
        {
            var at = pdf.AsSpan(from).IndexOf("stream"u8);
            if (at < 0) yield break;
            at += from;
            from = at + 6;
            if (at >= 3 && pdf.AsSpan(at - 3, 3).SequenceEqual("end"u8)) continue;
            // The stream's dictionary: back to its object's "obj" keyword, within a bound (binary data may hold "stream" by chance).
            var window = Math.Max(0, at - 4096);
            var objStart = pdf.AsSpan(window, at - window).LastIndexOf("obj"u8);
            var dictionary = pdf.AsSpan(objStart < 0 ? window : window + objStart, at - (objStart < 0 ? window : window + objStart));
            if (!HasName(dictionary, "ObjStm")) continue;
            if (!HasName(dictionary, "FlateDecode") || HasName(dictionary, "DecodeParms") || CountFilters(dictionary) > 1)
            {
                yield return null;
                continue;
            }
            var start = at + 6;
            if (start < pdf.Length && pdf[start] == (byte)'\r') start++;
            if (start < pdf.Length && pdf[start] == (byte)'\n') start++;
            var end = pdf.AsSpan(start).IndexOf("endstream"u8);
            yield return pdf[start..(end < 0 ? pdf.Length : start + end)];
        }
    }

    private static int CountFilters(ReadOnlySpan<byte> dictionary)
    {
        var count = 0;
        foreach (var filter in (string[])["FlateDecode", "Fl", "LZWDecode", "LZW", "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85", "RunLengthDecode", "RL", "Crypt"])
            if (HasName(dictionary, filter)) count++;
        return count;
    }

    private static bool HasName(ReadOnlySpan<byte> data, string wanted)
    {
        var text = Encoding.Latin1.GetString(data);
        var from = 0;
        while ((from = text.IndexOf('/', from)) >= 0)
        {
            var sb = new StringBuilder();
            var j = from + 1;
            for (; j < text.Length && IsRegular((byte)text[j]); j++)
            {
                if (text[j] == '#' && j + 2 < text.Length && IsHex((byte)text[j + 1]) && IsHex((byte)text[j + 2]))
                {
                    sb.Append((char)((HexValue((byte)text[j + 1]) << 4) | HexValue((byte)text[j + 2])));
                    j += 2;
                }
                else sb.Append(text[j]);
            }
            if (sb.ToString() == wanted) return true;
            from = j;
        }
        return false;
    }

    private static (byte[]? Bytes, bool TooMuch) Inflate(byte[] data, long budget)
    {
        try
        {
            using var input = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > budget) return (null, true);
            }
            return (output.ToArray(), false);
        }
        catch (InvalidDataException)
        {
            return (null, false);
        }
    }

    private static bool IsRegular(byte b) =>
        b > 0x20 && b < 0x7F && b is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}

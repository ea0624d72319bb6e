namespace CraftMarket.QualityMarks.Codes;

/// <summary>
/// RFC 4648 base32 (A-Z, 2-7, no padding) for the full token: every character is in the QR code's
/// alphanumeric set, which packs 5.5 bits per character instead of 8. Reading folds lower case,
/// because a phone's keyboard or a URL may.
/// </summary>
internal static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Encode(ReadOnlySpan<byte> data) => Encode(data, Alphabet);

    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> output) => TryDecode(text, output, static c => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a',
        >= '2' and <= '7' => c - '2' + 26,
        _ => -1,
    });

    /// <summary>Characters needed for <paramref name="bytes"/> bytes.</summary>
    public static int Length(int bytes) => (bytes * 8 + 4) / 5;

    internal static string Encode(ReadOnlySpan<byte> data, string alphabet)
    {
        var chars = new char[Length(data.Length)];
        int buffer = 0, bits = 0, at = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                chars[at++] = alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }
        if (bits > 0) chars[at] = alphabet[(buffer << (5 - bits)) & 31];
        return new string(chars);
    }

    /// <summary>Exactly <c>output.Length</c> bytes from exactly <see cref="Length"/> characters; unused trailing bits must be zero (one spelling per code).</summary>
    internal static bool TryDecode(ReadOnlySpan<char> text, Span<byte> output, Func<char, int> value)
    {
        if (text.Length != Length(output.Length)) return false;
        int buffer = 0, bits = 0, at = 0;
        foreach (var c in text)
        {
            var v = value(c);
            if (v < 0) return false;
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8)
            {
                output[at++] = (byte)(buffer >> (bits - 8));
                bits -= 8;
            }
            buffer &= (1 << bits) - 1;
        }
        return buffer == 0;
    }
}

/// <summary>
/// Crockford's base32 for the printed short code: no I, L, O or U, and reading forgives the
/// look-alikes a person types from a label (O→0, I/L→1), lower case and the hyphens between groups.
/// </summary>
internal static class Crockford
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Encode(ReadOnlySpan<byte> data) => Base32.Encode(data, Alphabet);

    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> output)
    {
        Span<char> cleaned = stackalloc char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (c is not ('-' or ' ')) cleaned[n++] = c;
        return Base32.TryDecode(cleaned[..n], output, static c => char.ToUpperInvariant(c) switch
        {
            'O' => 0,
            'I' or 'L' => 1,
            var u when Alphabet.Contains(u, StringComparison.Ordinal) => Alphabet.IndexOf(u, StringComparison.Ordinal),
            _ => -1,
        });
    }
}

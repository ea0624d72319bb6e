namespace CraftMarket.Media.Imaging;

/// <summary>
/// Looks for HTML or script markup inside an upload as it streams in. A JPEG that is also an HTML
/// page (a polyglot) decodes as a photo, but the bytes are an attack on anything that ever serves
/// or sniffs the original, so it is refused outright. Compressed image data practically never
/// contains these ASCII sequences by chance.
/// </summary>
internal sealed class MarkupScanner
{
    private static readonly byte[][] Patterns =
        [.. new[] { "<script", "<html", "<body", "<svg", "<?php", "<iframe", "<!doctype", "<object", "<embed", "javascript:" }
            .Select(p => System.Text.Encoding.ASCII.GetBytes(p))];
    private const int Overlap = 11;   // longest pattern - 1, carried across chunk borders
    private readonly byte[] carry = new byte[Overlap];
    private int carried;

    public string? Found { get; private set; }

    public void Feed(ReadOnlySpan<byte> chunk)
    {
        if (Found is not null || chunk.IsEmpty) return;
        if (carried > 0)
        {
            var joint = new byte[carried + Math.Min(chunk.Length, Overlap)];
            carry.AsSpan(0, carried).CopyTo(joint);
            chunk[..(joint.Length - carried)].CopyTo(joint.AsSpan(carried));
            Scan(joint);
        }
        Scan(chunk);
        carried = Math.Min(Overlap, chunk.Length);
        chunk[^carried..].CopyTo(carry);
    }

    private void Scan(ReadOnlySpan<byte> data)
    {
        for (var at = 0; Found is null && at < data.Length;)
        {
            var next = data[at..].IndexOfAny((byte)'<', (byte)'j', (byte)'J');
            if (next < 0) return;
            at += next;
            foreach (var pattern in Patterns)
                if (StartsWithIgnoreCase(data[at..], pattern)) { Found = System.Text.Encoding.ASCII.GetString(pattern); break; }
            at++;
        }
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> data, byte[] pattern)
    {
        if (data.Length < pattern.Length) return false;
        for (var i = 0; i < pattern.Length; i++)
            if ((data[i] | 0x20) != (pattern[i] | 0x20) && data[i] != pattern[i]) return false;
        return true;
    }
}

namespace CraftMarket.Media.Tests.Support;

/// <summary>
/// The first markup check, kept to prove the test corpus means something: every byte of the file,
/// case-insensitively, no tag end needed. Coded image data trips it by chance.
/// </summary>
public static class MarkupOld
{
    private static readonly byte[][] Patterns =
        [.. new[] { "<script", "<html", "<body", "<svg", "<?php", "<iframe", "<!doctype", "<object", "<embed", "javascript:" }
            .Select(p => System.Text.Encoding.ASCII.GetBytes(p))];

    public static string? Hit(ReadOnlySpan<byte> data)
    {
        for (var at = 0; at < data.Length;)
        {
            var next = data[at..].IndexOfAny((byte)'<', (byte)'j', (byte)'J');
            if (next < 0) return null;
            at += next;
            foreach (var pattern in Patterns)
                if (StartsWithIgnoreCase(data[at..], pattern)) return $"{System.Text.Encoding.ASCII.GetString(pattern)} at {at}";
            at++;
        }
        return null;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> data, byte[] pattern)
    {
        if (data.Length < pattern.Length) return false;
        for (var i = 0; i < pattern.Length; i++)
            if ((data[i] | 0x20) != (pattern[i] | 0x20) && data[i] != pattern[i]) return false;
        return true;
    }
}

using PdfSharp.Drawing;

namespace CraftMarket.QualityMarks.Features.Registry.Pdf;

/// <summary>Fitting a line of text into a box: wrapping on spaces and ending with an ellipsis what still does not fit.</summary>
internal static class PdfText
{
    public const double Mm = 72 / 25.4;

    /// <summary>At most <paramref name="maxLines"/> lines no wider than <paramref name="width"/>; the last one ends in "…" if text was left out.</summary>
    public static IReadOnlyList<string> Wrap(XGraphics gfx, string text, XFont font, double width, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        var cut = false;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            // A word longer than the line stays whole here and is shortened with the ellipsis below.
            if (current.Length == 0 || Width(gfx, candidate, font) <= width)
            {
                current = candidate;
                continue;
            }
            lines.Add(current);
            current = word;
            if (lines.Count == maxLines)
            {
                cut = true;
                current = "";
                break;
            }
        }
        if (current.Length > 0) lines.Add(current);
        if (lines.Count > 0 && (cut || Width(gfx, lines[^1], font) > width)) lines[^1] = Ellipsis(gfx, lines[^1], font, width, force: cut);
        return lines;
    }

    /// <summary>The text, or as much of it as fits followed by "…".</summary>
    public static string Ellipsis(XGraphics gfx, string text, XFont font, double width, bool force = false)
    {
        if (!force && Width(gfx, text, font) <= width) return text;
        var end = text.Length;
        while (end > 0 && Width(gfx, text[..end].TrimEnd() + "…", font) > width) end--;
        return text[..end].TrimEnd() + "…";
    }

    public static double Width(XGraphics gfx, string text, XFont font) => gfx.MeasureString(text, font).Width;
}

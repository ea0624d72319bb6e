using System.Globalization;
using CraftMarket.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>
/// A pen moving down A4 pages: text at a column, fitted or wrapped, and a new page when the next
/// block would not fit (a 50-line order runs onto more pages; nothing is cut off).
/// </summary>
internal sealed class DocumentCanvas : IDisposable
{
    public const double Mm = 72 / 25.4;
    public const double Left = 18 * Mm, Width = 174 * Mm, Right = Left + Width;

    private readonly PdfDocument document;
    private PdfPage page;
    private XGraphics gfx;

    public DocumentCanvas(PdfDocument document)
    {
        this.document = document;
        PdfFonts.EnsureRegistered();
        Small = PdfFonts.Regular(8);
        Body = PdfFonts.Regular(9.5);
        Bold = PdfFonts.Bold(9.5);
        Title = PdfFonts.Bold(15);
        Cell = PdfFonts.Regular(8.5);
        CellBold = PdfFonts.Bold(8.5);
        page = NewPage();
        gfx = XGraphics.FromPdfPage(page);
    }

    public double Y { get; set; }
    public double PageWidth => page.Width.Point;
    public XGraphics Graphics => gfx;

    // Made after the resolver is installed (the constructor), never in a static initialiser.
    public XFont Small { get; }
    public XFont Body { get; }
    public XFont Bold { get; }
    public XFont Title { get; }
    /// <summary>Table cells: 8.5 pt fits a 12-character HS code ("6304.92.0010") in its 23 mm column.</summary>
    public XFont Cell { get; }
    public XFont CellBold { get; }

    /// <summary>Starts a new page when fewer than <paramref name="needed"/> points are left above the bottom margin.</summary>
    public bool Room(double needed)
    {
        if (Y + needed <= page.Height.Point - 20 * Mm) return false;
        gfx.Dispose();
        page = NewPage();
        gfx = XGraphics.FromPdfPage(page);
        Y = 18 * Mm;
        return true;
    }

    public void Text(string text, XFont font, double x, double width, XBrush? brush = null) =>
        gfx.DrawString(Fit(text, font, width), font, brush ?? XBrushes.Black, x, Y, XStringFormats.TopLeft);

    public void TextRight(string text, XFont font, double right, double width, XBrush? brush = null) =>
        gfx.DrawString(Fit(text, font, width), font, brush ?? XBrushes.Black, right, Y, XStringFormats.TopRight);

    public void Rule(XColor color, double at) => gfx.DrawLine(new XPen(color, 0.8), Left, at, Right, at);

    /// <summary>A caption in grey on the left and the wrapped text beside it; moves the pen below.</summary>
    public void Term(string caption, string text, double indent = 42 * Mm, int maxLines = 4)
    {
        var lines = Wrap(text, Body, Width - indent, maxLines);
        Room(lines.Count * 4.8 * Mm + 1 * Mm);
        gfx.DrawString(Fit(caption, Small, indent - 2 * Mm), Small, XBrushes.DimGray, Left, Y + 0.6, XStringFormats.TopLeft);
        foreach (var line in lines)
        {
            gfx.DrawString(line, Body, XBrushes.Black, Left + indent, Y, XStringFormats.TopLeft);
            Y += 4.8 * Mm;
        }
        Y += 1 * Mm;
    }

    public string Fit(string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width) return text;
        var end = text.Length;
        while (end > 0 && gfx.MeasureString(text[..end].TrimEnd() + "…", font).Width > width) end--;
        return text[..end].TrimEnd() + "…";
    }

    public List<string> Wrap(string text, XFont font, double width, int maxLines)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length == 0 || gfx.MeasureString(candidate, font).Width <= width) { current = candidate; continue; }
            lines.Add(current);
            current = word;
        }
        if (current.Length > 0) lines.Add(current);
        if (lines.Count <= maxLines) return [.. lines.Select(l => Fit(l, font, width))];
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = Fit(kept[^1] + " …", font, width);
        return kept;
    }

    public static XColor Color(string hex)
    {
        var h = hex.TrimStart('#');
        return h.Length == 6 && int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)
            : XColors.DarkSlateGray;
    }

    private PdfPage NewPage()
    {
        var added = document.AddPage();
        added.Size = PageSize.A4;
        return added;
    }

    public void Dispose() => gfx.Dispose();
}

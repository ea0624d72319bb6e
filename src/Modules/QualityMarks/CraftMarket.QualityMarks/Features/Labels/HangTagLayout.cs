using CraftMarket.Pdf;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Features.Registry.Pdf;
using PdfSharp.Drawing;

namespace CraftMarket.QualityMarks.Features.Labels;

/// <summary>
/// 8 hang tags of 95 × 68 mm on A4 (2 columns, 4 rows), each outlined in light grey to cut along:
/// village brand, mark image and name, product name (Vietnamese, then English) on the left, a
/// 36 mm QR code on the right with "scan to verify", the short code large across the bottom.
/// </summary>
internal sealed class HangTagLayout(LabelText text) : LabelLayout
{
    private const int Columns = 2, Rows = 4;
    private const double MarginX = 10 * Mm, MarginY = 12.5 * Mm, Width = 95 * Mm, Height = 68 * Mm;
    private const double Pad = 4 * Mm, QrSize = 36 * Mm, MarkSize = 16 * Mm;

    private static readonly XFont BrandFont = PdfFonts.Bold(11);
    private static readonly XFont MarkFont = PdfFonts.Bold(8.5);
    private static readonly XFont NameFont = PdfFonts.Regular(9);
    private static readonly XFont EnglishFont = PdfFonts.Regular(7.5);
    private static readonly XFont HintFont = PdfFonts.Regular(6.5);
    private static readonly XPen CutLine = new(XColor.FromArgb(190, 190, 190), 0.5);

    private readonly XImage? markImage = MarkImage(text.MarkImage);
    private Shared? shared;

    public override int PerPage => Columns * Rows;

    public override void Draw(XGraphics gfx, int slot, IssuedCode code, XImage qr)
    {
        var s = shared ??= Measure(gfx);
        var x = MarginX + slot % Columns * Width;
        var y = MarginY + slot / Columns * Height;
        gfx.DrawRectangle(CutLine, x, y, Width, Height);

        var qrX = x + Width - Pad - QrSize;
        gfx.DrawImage(qr, qrX, y + Pad, QrSize, QrSize);
        gfx.DrawString("Quét để kiểm tra · Scan to verify", HintFont, XBrushes.DimGray, qrX + QrSize / 2, y + Pad + QrSize + 3 * Mm, XStringFormats.BaseLineCenter);

        var left = x + Pad;
        var lineY = y + Pad;
        Lines(gfx, s.Brand, BrandFont, XBrushes.Black, left, ref lineY, 14);
        lineY += 2 * Mm;
        if (markImage is not null)
        {
            gfx.DrawImage(markImage, left, lineY, MarkSize, MarkSize);
            var markY = lineY;
            Lines(gfx, s.Mark, MarkFont, XBrushes.Black, left + MarkSize + 2 * Mm, ref markY, 10.5);
            lineY += MarkSize + 2.5 * Mm;
        }
        else
        {
            Lines(gfx, s.Mark, MarkFont, XBrushes.Black, left, ref lineY, 10.5);
            lineY += 2 * Mm;
        }
        Lines(gfx, s.Product, NameFont, XBrushes.Black, left, ref lineY, 11);
        Lines(gfx, s.English, EnglishFont, XBrushes.DimGray, left, ref lineY, 9.5);

        gfx.DrawString(code.ShortCode, s.CodeFont, XBrushes.Black, x + Width / 2, y + Height - Pad, XStringFormats.BaseLineCenter);
    }

    private Shared Measure(XGraphics gfx)
    {
        var column = Width - 3 * Pad - QrSize;
        var beside = column - MarkSize - 2 * Mm;
        var english = text.ProductNameEn is { Length: > 0 } en && !string.Equals(en, text.ProductName, StringComparison.Ordinal)
            ? PdfText.Wrap(gfx, en, EnglishFont, column, 2) : [];
        return new Shared(
            PdfText.Wrap(gfx, text.Brand, BrandFont, column, 1),
            markImage is null ? PdfText.Wrap(gfx, text.MarkName, MarkFont, column, 2) : PdfText.Wrap(gfx, text.MarkName, MarkFont, beside, 4),
            PdfText.Wrap(gfx, text.ProductName, NameFont, column, 3),
            english,
            ShortCodeFont(gfx, Width - 2 * Pad, 12, 8, bold: true));
    }

    /// <summary>The mark image, or none when the bytes are not an image PDFsharp reads: the tag is still useful without it.</summary>
    private static XImage? MarkImage(byte[]? bytes)
    {
        if (bytes is null || bytes.Length == 0) return null;
        try
        {
            return XImage.FromStream(new MemoryStream(bytes, writable: false));
        }
        catch (Exception e) when (e is InvalidOperationException or NotImplementedException or NotSupportedException or IOException or ArgumentException)
        {
            return null;
        }
    }

    private sealed record Shared(IReadOnlyList<string> Brand, IReadOnlyList<string> Mark, IReadOnlyList<string> Product,
        IReadOnlyList<string> English, XFont CodeFont);
}

using CraftMarket.Pdf;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Features.Registry.Pdf;
using PdfSharp.Drawing;

namespace CraftMarket.QualityMarks.Features.Labels;

/// <summary>
/// 40 stickers of 49 × 27 mm on A4 (4 columns, 10 rows, 7 mm and 13.5 mm margins, inside what
/// office printers reach): the QR code on the left (22 mm with its quiet zone, 0.39 mm modules at
/// version 8), brand, product and mark on the right, the short code across the bottom.
/// </summary>
internal sealed class SmallLabelLayout(LabelText text) : LabelLayout
{
    private const int Columns = 4, Rows = 10;
    private const double MarginX = 7 * Mm, MarginY = 13.5 * Mm, Width = 49 * Mm, Height = 27 * Mm;
    private const double Pad = 1.5 * Mm, QrSize = 22 * Mm, TextX = 23.5 * Mm;

    private static readonly XFont BrandFont = PdfFonts.Bold(6.5);
    private static readonly XFont NameFont = PdfFonts.Regular(6.5);
    private static readonly XFont MarkFont = PdfFonts.Regular(5.5);

    private Shared? shared;

    public override int PerPage => Columns * Rows;

    public override void Draw(XGraphics gfx, int slot, IssuedCode code, XImage qr)
    {
        var s = shared ??= Measure(gfx);
        var x = MarginX + slot % Columns * Width;
        var y = MarginY + slot / Columns * Height;
        gfx.DrawImage(qr, x + 1 * Mm, y + 1 * Mm, QrSize, QrSize);

        var textY = y + Pad;
        Lines(gfx, s.Brand, BrandFont, XBrushes.Black, x + TextX, ref textY, 8);
        textY += 1;
        Lines(gfx, s.Product, NameFont, XBrushes.Black, x + TextX, ref textY, 7.6);
        textY += 1.5;
        Lines(gfx, s.Mark, MarkFont, XBrushes.DimGray, x + TextX, ref textY, 6.6);

        gfx.DrawString(code.ShortCode, s.CodeFont, XBrushes.Black, x + Width / 2, y + Height - Pad, XStringFormats.BaseLineCenter);
    }

    private Shared Measure(XGraphics gfx)
    {
        var column = Width - TextX - Pad;
        return new Shared(
            PdfText.Wrap(gfx, text.Brand, BrandFont, column, 1),
            PdfText.Wrap(gfx, text.ProductName, NameFont, column, 3),
            PdfText.Wrap(gfx, text.MarkName, MarkFont, column, 2),
            ShortCodeFont(gfx, Width - 2 * Pad, 7, 5, bold: false));
    }

    private sealed record Shared(IReadOnlyList<string> Brand, IReadOnlyList<string> Product, IReadOnlyList<string> Mark, XFont CodeFont);
}

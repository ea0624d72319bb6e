using CraftMarket.Pdf;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Registry.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CraftMarket.QualityMarks.Features.Labels;

/// <summary>What every label of a batch says besides its own code. <paramref name="MarkImage"/> is the scheme's image (JPEG or PNG), when it has one.</summary>
internal sealed record LabelText(string Brand, string ProductName, string? ProductNameEn, string MarkName, byte[]? MarkImage);

/// <summary>
/// A batch's codes as a print-ready A4 PDF: <see cref="LabelSize.Small"/> is a sheet of 4 × 10
/// stickers (QR code, village brand, product, mark, short code), <see cref="LabelSize.HangTag"/>
/// 2 × 4 hang tags with the mark image too. Codes are signed as they are drawn (nothing per code is
/// stored, see <see cref="LabelCodes"/>); each QR code carries the upper-case verify URL (alphanumeric mode).
/// </summary>
internal static class LabelSheet
{
    /// <summary>Signing and QR encoding run on up to this many cores while one thread draws: QR encoding is most of the work (ADR 0041).</summary>
    private static readonly int Parallelism = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Each serial signed and its verify URL encoded as a QR bitmap, in parallel, handed out in serial order.</summary>
    public static IEnumerable<PrintedCode> Printed(IEnumerable<uint> serials, Func<uint, IssuedCode> sign, string baseUrl) =>
        serials.AsParallel().AsOrdered().WithDegreeOfParallelism(Parallelism).Select(serial =>
        {
            var code = sign(serial);
            return new PrintedCode(code, QrImage.Bitmap(QrImage.Encode(code.VerifyUrl(baseUrl))));
        });

    public static void Write(Stream output, LabelSize size, LabelText text, IEnumerable<PrintedCode> codes, string title)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "CraftMarket";
        LabelLayout layout = size == LabelSize.HangTag ? new HangTagLayout(text) : new SmallLabelLayout(text);
        XGraphics? gfx = null;
        var slot = 0;
        try
        {
            foreach (var printed in codes)
            {
                if (slot == 0)
                {
                    gfx?.Dispose();
                    var page = document.AddPage();
                    page.Size = PageSize.A4;
                    gfx = XGraphics.FromPdfPage(page);
                }
                layout.Draw(gfx!, slot, printed.Code, QrImage.Of(printed.QrBitmap));
                slot = (slot + 1) % layout.PerPage;
            }
        }
        finally
        {
            gfx?.Dispose();
        }
        if (document.PageCount == 0) document.AddPage().Size = PageSize.A4;
        document.Save(output, closeStream: false);
    }
}

/// <summary>One label's own parts: the code and its QR code as a 1-bit bitmap (<see cref="QrImage.Bitmap"/>).</summary>
internal sealed record PrintedCode(IssuedCode Code, byte[] QrBitmap);

/// <summary>Where the labels of one page go and what one label looks like; measures the batch's shared texts once.</summary>
internal abstract class LabelLayout
{
    protected const double Mm = PdfText.Mm;

    public abstract int PerPage { get; }

    public abstract void Draw(XGraphics gfx, int slot, IssuedCode code, XImage qr);

    /// <summary>The largest size (down to <paramref name="min"/>) at which any short code fits: measured on the widest letters.</summary>
    protected static XFont ShortCodeFont(XGraphics gfx, double width, double max, double min, bool bold)
    {
        const string Widest = "MMMM-MMMM-MMMM-MMMM-MMMM-MMMM";
        for (var size = max; size > min; size -= 0.25)
        {
            var font = bold ? PdfFonts.Bold(size) : PdfFonts.Regular(size);
            if (PdfText.Width(gfx, Widest, font) <= width) return font;
        }
        return bold ? PdfFonts.Bold(min) : PdfFonts.Regular(min);
    }

    protected static void Lines(XGraphics gfx, IReadOnlyList<string> lines, XFont font, XBrush brush, double x, ref double y, double lineHeight)
    {
        foreach (var line in lines)
        {
            gfx.DrawString(line, font, brush, x, y, XStringFormats.TopLeft);
            y += lineHeight;
        }
    }
}

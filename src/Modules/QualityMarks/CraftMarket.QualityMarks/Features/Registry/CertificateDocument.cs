using System.Globalization;
using CraftMarket.Pdf;
using CraftMarket.QualityMarks.Features.Registry.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CraftMarket.QualityMarks.Features.Registry;

/// <summary>
/// A certificate as an A4 PDF, in Vietnamese and English (the association signs in Vietnamese;
/// importers read English): brand, mark (image when given), number, member as its privacy allows,
/// products, scheme version, dates, the status at the moment of printing, the criteria it was
/// granted under, and a QR code to the certificate's public page, where a reader sees the status now.
/// </summary>
internal static class CertificateDocument
{
    private const double Mm = PdfText.Mm;
    private const double Left = 20 * Mm, Width = 170 * Mm;

    public static void Write(Stream output, RegistryEntry entry, RegistryMark? mark, IReadOnlyList<RegistryText> criteria, byte[]? markImage = null)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"{entry.Mark} — {entry.Number}";
        document.Info.Creator = "CraftMarket";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        var gfx = XGraphics.FromPdfPage(page);

        var y = 20 * Mm;
        gfx.DrawString(entry.VillageName, PdfFonts.Bold(16), XBrushes.Black, Left, y, XStringFormats.TopLeft);
        y += 9 * Mm;
        gfx.DrawString("GIẤY CHỨNG NHẬN NHÃN HIỆU CHẤT LƯỢNG · QUALITY MARK CERTIFICATE", PdfFonts.Bold(10), XBrushes.DimGray, Left, y, XStringFormats.TopLeft);
        y += 8 * Mm;
        var image = Image(markImage);
        if (image is not null) gfx.DrawImage(image, Left + Width - 30 * Mm, 20 * Mm, 30 * Mm, 30 * Mm);
        foreach (var line in PdfText.Wrap(gfx, entry.Mark, PdfFonts.Bold(18), image is null ? Width : Width - 34 * Mm, 2))
        {
            gfx.DrawString(line, PdfFonts.Bold(18), XBrushes.Black, Left, y, XStringFormats.TopLeft);
            y += 8 * Mm;
        }
        y += 4 * Mm;

        var label = PdfFonts.Regular(8.5);
        var value = PdfFonts.Bold(11);
        void Field(string caption, string text)
        {
            gfx.DrawString(caption, label, XBrushes.DimGray, Left, y, XStringFormats.TopLeft);
            y += 4.2 * Mm;
            foreach (var line in PdfText.Wrap(gfx, text, value, Width - 50 * Mm, 3))
            {
                gfx.DrawString(line, value, XBrushes.Black, Left, y, XStringFormats.TopLeft);
                y += 5.2 * Mm;
            }
            y += 2.5 * Mm;
        }

        Field("Số chứng nhận · Certificate number", entry.Number);
        Field("Tình trạng · Status", Status(entry.Status));
        Field("Thành viên · Member", entry.Member ?? "Thành viên của hiệp hội (không công bố tên) · A member of the association (name not published)");
        var products = entry.Products.Select(p => p.Name).ToList();
        if (entry.UnnamedProducts > 0) products.Add($"+{entry.UnnamedProducts.ToString(CultureInfo.InvariantCulture)}");
        Field("Sản phẩm · Products covered", products.Count == 0 ? "—" : string.Join("; ", products));
        Field("Phiên bản tiêu chí · Scheme version", entry.SchemeVersion.ToString(CultureInfo.InvariantCulture));
        Field("Hiệu lực · Valid", $"{Day(entry.IssuedOn)} – {Day(entry.ExpiresOn)}");

        if (criteria.Count > 0)
        {
            gfx.DrawString("Tiêu chí · Criteria", label, XBrushes.DimGray, Left, y, XStringFormats.TopLeft);
            y += 4.5 * Mm;
            foreach (var criterion in criteria.Take(8))
                foreach (var line in PdfText.Wrap(gfx, "• " + criterion.Text, PdfFonts.Regular(9.5), Width - 50 * Mm, 2))
                {
                    gfx.DrawString(line, PdfFonts.Regular(9.5), XBrushes.Black, Left, y, XStringFormats.TopLeft);
                    y += 4.6 * Mm;
                }
        }

        // The QR code: the page shows the status now, this paper only what it was when printed.
        var qrSize = 38 * Mm;
        var qrY = page.Height.Point - 20 * Mm - qrSize;
        gfx.DrawImage(QrImage.Of(entry.PageUrl), Left + Width - qrSize, qrY, qrSize, qrSize);
        var note = PdfFonts.Regular(8);
        var noteY = qrY + 6 * Mm;
        foreach (var line in new[]
        {
            "Quét mã để xem tình trạng hiện tại của chứng nhận.",
            "Scan to see the certificate's status today.",
            entry.PageUrl,
            $"In ngày · Printed {Day(DateOnly.FromDateTime(DateTime.UtcNow))}",
        })
        {
            gfx.DrawString(PdfText.Ellipsis(gfx, line, note, Width - qrSize - 5 * Mm), note, XBrushes.DimGray, Left, noteY, XStringFormats.TopLeft);
            noteY += 4.5 * Mm;
        }
        gfx.Dispose();
        document.Save(output, closeStream: false);
    }

    private static string Status(string status) => status switch
    {
        RegistryStatus.Valid => "Còn hiệu lực · Valid",
        RegistryStatus.ExpiresSoon => "Sắp hết hạn · Expires soon",
        RegistryStatus.Suspended => "Tạm đình chỉ · Suspended",
        RegistryStatus.Revoked => "Đã thu hồi · Revoked",
        _ => "Hết hạn · Expired",
    };

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static XImage? Image(byte[]? bytes)
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
}

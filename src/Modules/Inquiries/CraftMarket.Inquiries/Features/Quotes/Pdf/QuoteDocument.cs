using System.Globalization;
using CraftMarket.Pdf;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Trade;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CraftMarket.Inquiries.Features.Quotes.Pdf;

/// <summary>Everything printed on a quote, already chosen for the buyer (no member price is ever in here).</summary>
internal sealed record QuoteSheet(
    string Language, string Village, string BrandColor, string ExportDeskContact,
    string InquiryNumber, int Version, DateOnly IssuedOn, DateOnly ValidUntil, string Status,
    string SellerName, string BuyerName, string? BuyerCompany, string DestinationCountry,
    IReadOnlyList<QuoteSheetLine> Lines, Money Total, int DepositBasisPoints, Money Deposit, Money Balance, string BalanceTerms,
    string Incoterm, DateOnly DeliveryDate, int LeadTimeDays, Money TotalVnd, decimal VndPerUnit, DateOnly RateDate, string? MarkSchemeName);

internal sealed record QuoteSheetLine(string Description, int Quantity, Money UnitPrice, Money LineTotal, UnitOfSale? Unit = null);

/// <summary>
/// A quote version as an A4 PDF in the buyer's language (English, French or Vietnamese; Japanese
/// buyers get English: ADR 0049): the village's brand band, seller and buyer, the lines, totals,
/// deposit and balance, Incoterm, delivery, validity, the VND equivalent with its rate and date,
/// and the genuine-mark statement when the buyer asked for the village's labels.
/// </summary>
internal static class QuoteDocument
{
    private const double Mm = 72 / 25.4;
    private const double Left = 18 * Mm, Width = 174 * Mm;

    public static void Write(Stream output, QuoteSheet q, Ui t)
    {
        PdfFonts.EnsureRegistered();
        var lang = q.Language;
        var culture = CultureInfo.GetCultureInfo(lang switch { "vi" => "vi-VN", "fr" => "fr-FR", _ => "en-US" });
        string Day(DateOnly d) => d.ToString("d", culture);
        string Amount(Money m) => m.Format(culture);

        using var document = new PdfDocument();
        document.Info.Title = $"{t.Translate("Quotation", lang)} {q.InquiryNumber} v{q.Version.ToString(CultureInfo.InvariantCulture)}";
        document.Info.Creator = "CraftMarket";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        var gfx = XGraphics.FromPdfPage(page);
        double y;
        void Room(double needed)
        {
            // A long inquiry (up to 50 lines) runs onto more pages; nothing is ever cut.
            if (y + needed <= page.Height.Point - 22 * Mm) return;
            gfx.Dispose();
            page = document.AddPage();
            page.Size = PageSize.A4;
            gfx = XGraphics.FromPdfPage(page);
            y = 18 * Mm;
        }
        var brand = Color(q.BrandColor);

        gfx.DrawRectangle(new XSolidBrush(brand), 0, 0, page.Width.Point, 26 * Mm);
        gfx.DrawString(q.Village, PdfFonts.Bold(16), XBrushes.White, Left, 9 * Mm, XStringFormats.TopLeft);
        gfx.DrawString(t.Translate("Quotation", lang), PdfFonts.Bold(16), XBrushes.White, Left + Width, 9 * Mm, XStringFormats.TopRight);
        y = 32 * Mm;

        var small = PdfFonts.Regular(8.5);
        var body = PdfFonts.Regular(10);
        var bold = PdfFonts.Bold(10);
        void Text(string text, XFont font, double x, double width, XBrush? brush = null)
        {
            gfx.DrawString(Fit(gfx, text, font, width), font, brush ?? XBrushes.Black, x, y, XStringFormats.TopLeft);
        }

        Text($"{t.Translate("Inquiry", lang)} {q.InquiryNumber} · {t.Translate("Version", lang)} {q.Version.ToString(CultureInfo.InvariantCulture)} · {q.Status}", bold, Left, Width);
        y += 5.5 * Mm;
        Text($"{t.Translate("Issued", lang)}: {Day(q.IssuedOn)}   {t.Translate("Valid until", lang)}: {Day(q.ValidUntil)}", body, Left, Width);
        y += 9 * Mm;

        var half = Width / 2;
        var top = y;
        Text(t.Translate("Seller", lang), small, Left, half, XBrushes.DimGray);
        Text(t.Translate("Buyer", lang), small, Left + half, half, XBrushes.DimGray);
        y += 4.5 * Mm;
        Text(q.SellerName, bold, Left, half - 4 * Mm);
        Text(q.BuyerName, bold, Left + half, half);
        y += 5 * Mm;
        Text(q.ExportDeskContact, small, Left, half - 4 * Mm);
        if (q.BuyerCompany is { Length: > 0 } company) Text(company, body, Left + half, half);
        y += 5 * Mm;
        Text($"{t.Translate("Destination", lang)}: {q.DestinationCountry}", small, Left + half, half);
        y = top + 24 * Mm;

        // Lines: description, pieces, unit price, line total.
        // Quantities carry their unit ("50 metres") and prices say what they are per, so the middle columns are wider.
        double[] cols = [Left, Left + 76 * Mm, Left + 122 * Mm, Left + Width];
        gfx.DrawLine(new XPen(brand, 0.8), Left, y - 1.5 * Mm, Left + Width, y - 1.5 * Mm);
        gfx.DrawString(t.Translate("Product", lang), small, XBrushes.DimGray, cols[0], y, XStringFormats.TopLeft);
        gfx.DrawString(t.Translate("Quantity", lang), small, XBrushes.DimGray, cols[1] + 20 * Mm, y, XStringFormats.TopRight);
        gfx.DrawString(t.Translate("Unit price", lang), small, XBrushes.DimGray, cols[2] + 22 * Mm, y, XStringFormats.TopRight);
        gfx.DrawString(t.Translate("Amount", lang), small, XBrushes.DimGray, cols[3], y, XStringFormats.TopRight);
        y += 5 * Mm;
        foreach (var line in q.Lines)
        {
            Room(6 * Mm);
            var unit = line.Unit ?? UnitOfSale.Default;
            gfx.DrawString(Fit(gfx, line.Description, body, 70 * Mm), body, XBrushes.Black, cols[0], y, XStringFormats.TopLeft);
            gfx.DrawString(Fit(gfx, UnitWords.Quantity(line.Quantity, unit, lang, culture), body, 24 * Mm), body, XBrushes.Black, cols[1] + 20 * Mm, y, XStringFormats.TopRight);
            gfx.DrawString(Fit(gfx, UnitWords.PricePer(Amount(line.UnitPrice), unit, lang), body, 44 * Mm), body, XBrushes.Black, cols[2] + 22 * Mm, y, XStringFormats.TopRight);
            gfx.DrawString(Amount(line.LineTotal), body, XBrushes.Black, cols[3], y, XStringFormats.TopRight);
            y += 5.5 * Mm;
        }
        gfx.DrawLine(new XPen(brand, 0.8), Left, y, Left + Width, y);
        y += 2.5 * Mm;
        Room(90 * Mm);

        void Sum(string caption, Money amount, XFont font)
        {
            gfx.DrawString(caption, font, XBrushes.Black, cols[2] + 22 * Mm - 60 * Mm, y, XStringFormats.TopLeft);
            gfx.DrawString(Amount(amount), font, XBrushes.Black, cols[3], y, XStringFormats.TopRight);
            y += 5.5 * Mm;
        }
        var percent = (q.DepositBasisPoints / 100m).ToString("0.##", culture);
        Sum($"{t.Translate("Total", lang)} ({q.Total.Currency.Code})", q.Total, bold);
        Sum($"{t.Translate("Deposit", lang)} ({percent} %)", q.Deposit, body);
        Sum(t.Translate("Balance", lang), q.Balance, body);
        y += 4 * Mm;

        void Term(string caption, string text)
        {
            gfx.DrawString(caption, small, XBrushes.DimGray, Left, y, XStringFormats.TopLeft);
            foreach (var part in Wrap(gfx, text, body, Width - 45 * Mm, 3))
            {
                gfx.DrawString(part, body, XBrushes.Black, Left + 45 * Mm, y, XStringFormats.TopLeft);
                y += 5 * Mm;
            }
            y += 1 * Mm;
        }
        Term(t.Translate("Incoterm", lang), q.Incoterm);
        Term(t.Translate("Delivery", lang), string.Format(culture, t.Translate("Ready by {0} ({1} days)", lang), Day(q.DeliveryDate), q.LeadTimeDays));
        Term(t.Translate("Payment", lang), $"{t.Translate("Deposit", lang)} {percent} %: {Amount(q.Deposit)}. {q.BalanceTerms}");
        Term(t.Translate("Validity", lang), string.Format(culture, t.Translate("This quote can be accepted until the end of {0} (Vietnam time).", lang), Day(q.ValidUntil)));
        if (q.Total.Currency != Currency.VND)
            Term(t.Translate("VND equivalent", lang), string.Format(culture, t.Translate("{0} at {1} per {2} (rate of {3})", lang),
                Amount(q.TotalVnd), Amount(new Money(decimal.ToInt64(Math.Round(q.VndPerUnit, 0, MidpointRounding.AwayFromZero)), Currency.VND)),
                q.Total.Currency.Code, Day(q.RateDate)));
        if (q.MarkSchemeName is { Length: > 0 } mark)
            Term(t.Translate("Genuine mark", lang), string.Format(culture,
                t.Translate("The goods carry the genuine-mark labels of {0}; each label's code can be checked by the buyer.", lang), mark));

        Room(12 * Mm);
        gfx.DrawString(Fit(gfx, t.Translate("One price for the association's members; the seller signs the contract and answers for delivery.", lang), small, Width),
            small, XBrushes.DimGray, Left, y + 6 * Mm, XStringFormats.TopLeft);
        gfx.Dispose();
        document.Save(output, closeStream: false);
    }

    private static XColor Color(string hex)
    {
        var h = hex.TrimStart('#');
        return h.Length == 6 && int.TryParse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb)
            ? XColor.FromArgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)
            : XColors.DarkSlateGray;
    }

    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width) return text;
        var end = text.Length;
        while (end > 0 && gfx.MeasureString(text[..end].TrimEnd() + "…", font).Width > width) end--;
        return text[..end].TrimEnd() + "…";
    }

    private static List<string> Wrap(XGraphics gfx, string text, XFont font, double width, int maxLines)
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
        if (lines.Count <= maxLines) return [.. lines.Select(l => Fit(gfx, l, font, width))];
        var kept = lines.Take(maxLines).ToList();
        kept[^1] = Fit(gfx, kept[^1] + " …", font, width);
        return kept;
    }
}

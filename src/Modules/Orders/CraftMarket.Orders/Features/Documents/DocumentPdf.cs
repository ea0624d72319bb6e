using CraftMarket.SharedKernel.Trade;
using System.Globalization;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CraftMarket.Orders.Features.Documents;

/// <summary>
/// The proforma invoice, the commercial invoice and the packing list as A4 PDFs in the buyer's
/// language (English, French, Vietnamese; Japanese buyers read English: DejaVu has no CJK glyphs,
/// ADR 0049): the association's band, seller and buyer, order number and dates, Incoterm with its
/// port, then each document's own body. Amounts are Money formatted for the document's culture.
/// </summary>
internal static class DocumentPdf
{
    private const double Mm = DocumentCanvas.Mm, Left = DocumentCanvas.Left, Width = DocumentCanvas.Width, Right = DocumentCanvas.Right;

    /// <summary>The document's words in its language (a named type so the translation tests find its keys).</summary>
    internal sealed record DocumentText(Ui Ui, string Language)
    {
        public string Translate(string english) => Ui.Translate(english, Language);
    }

    public static CultureInfo CultureOf(string language) =>
        CultureInfo.GetCultureInfo(language switch { "vi" => "vi-VN", "fr" => "fr-FR", _ => "en-US" });

    public static string TitleOf(DocumentKind kind) => kind switch
    {
        DocumentKind.Proforma => "Proforma invoice",
        DocumentKind.Invoice => "Commercial invoice",
        _ => "Packing list",
    };

    public static void Write(Stream output, DocumentSheet s, Ui ui)
    {
        var t = new DocumentText(ui, s.Language);
        var culture = CultureOf(s.Language);

        using var document = new PdfDocument();
        document.Info.Title = $"{t.Translate(TitleOf(s.Kind))} {s.OrderNumber}";
        document.Info.Creator = "CraftMarket";
        using (var c = new DocumentCanvas(document))
        {
            var brand = DocumentCanvas.Color(s.BrandColor);
            Header(c, s, brand, t, culture);
            switch (s.Kind)
            {
                case DocumentKind.Proforma: Proforma(c, s, brand, t, culture); break;
                case DocumentKind.Invoice: Invoice(c, s, brand, t, culture); break;
                default: Packing(c, s, brand, t, culture); break;
            }
            c.Room(10 * Mm);
            c.Y += 4 * Mm;
            c.Text(t.Translate("The seller signs the contract and answers for delivery; the goods are made by member households of the association."),
                c.Small, Left, Width, XBrushes.DimGray);
        }
        document.Save(output, closeStream: false);
    }

    private static void Header(DocumentCanvas c, DocumentSheet s, XColor brand, DocumentText t, CultureInfo culture)
    {
        var gfx = c.Graphics;
        gfx.DrawRectangle(new XSolidBrush(brand), 0, 0, c.PageWidth, 26 * Mm);
        // The association's full name on its own line (names run to 40 letters), the document's title under it.
        c.Y = 6 * Mm;
        c.Text(s.Association, c.Title, Left, Width, XBrushes.White);
        c.Y = 15.5 * Mm;
        c.Text(t.Translate(TitleOf(s.Kind)), c.Title, Left, Width, XBrushes.White);
        c.Y = 31 * Mm;
        if (s.Draft)
        {
            c.Text(t.Translate("DRAFT: a preview for the export desk, not an issued document."), c.Bold, Left, Width, XBrushes.Firebrick);
            c.Y += 6 * Mm;
        }
        string Day(DateOnly d) => d.ToString("d", culture);
        c.Text($"{t.Translate("Order no.")} {s.OrderNumber}", c.Bold, Left, Width);
        c.Y += 5.5 * Mm;
        c.Text($"{t.Translate("Order date")}: {Day(s.OrderedOn)}   {t.Translate("Issued")}: {Day(s.IssuedOn)}   {t.Translate("Ready by")}: {Day(s.DeliveryDate)}", c.Body, Left, Width);
        c.Y += 9 * Mm;

        var half = Width / 2;
        var top = c.Y;
        c.Text(t.Translate("Seller"), c.Small, Left, half, XBrushes.DimGray);
        c.Text(t.Translate("Buyer"), c.Small, Left + half, half, XBrushes.DimGray);
        c.Y += 4.5 * Mm;
        c.Text(s.SellerName, c.Bold, Left, half - 4 * Mm);
        c.Text(s.BuyerName, c.Bold, Left + half, half);
        c.Y += 5 * Mm;
        c.Text(t.Translate(SellerKindText(s.SellerKind)) + " · " + s.Association, c.Small, Left, half - 4 * Mm);
        if (s.BuyerCompany is { Length: > 0 } company) c.Text(company, c.Body, Left + half, half);
        c.Y += 5 * Mm;
        c.Text(s.DeskContact, c.Small, Left, half - 4 * Mm);
        c.Text($"{t.Translate("Destination")}: {s.DestinationCountry}", c.Small, Left + half, half);
        c.Y = top + 21 * Mm;
        c.Term(t.Translate("Incoterm"), s.Incoterm);
        c.Y += 3 * Mm;
    }

    public static string SellerKindText(SellerKind kind) => kind switch
    {
        SellerKind.ExportCentre => "Export centre of the association",
        SellerKind.LeadFirm => "Lead firm of the association",
        _ => "Village craft association",
    };

    /// <summary>Table columns: header captions and where each ends (right-aligned) or starts (left-aligned).</summary>
    private sealed record Column(string Caption, double X, double Width, bool AlignRight);

    private static void Heading(DocumentCanvas c, XColor brand, IReadOnlyList<Column> columns)
    {
        c.Rule(brand, c.Y - 1.5 * Mm);
        foreach (var col in columns)
            if (col.AlignRight) c.TextRight(col.Caption, c.Small, col.X, col.Width, XBrushes.DimGray);
            else c.Text(col.Caption, c.Small, col.X, col.Width, XBrushes.DimGray);
        c.Y += 5 * Mm;
    }

    private static void Row(DocumentCanvas c, XColor brand, IReadOnlyList<Column> columns, IReadOnlyList<string> cells, XFont? font = null)
    {
        if (c.Room(6 * Mm)) Heading(c, brand, columns);
        for (var i = 0; i < columns.Count; i++)
        {
            var col = columns[i];
            if (col.AlignRight) c.TextRight(cells[i], font ?? c.Cell, col.X, col.Width);
            else c.Text(cells[i], font ?? c.Cell, col.X, col.Width);
        }
        c.Y += 5.5 * Mm;
    }

    private static void Sum(DocumentCanvas c, string caption, string amount, XFont font)
    {
        c.Room(6 * Mm);
        c.Text(caption, font, Left + 84 * Mm, 58 * Mm);
        c.TextRight(amount, font, Right, 32 * Mm);
        c.Y += 5.5 * Mm;
    }

    private static string Percent(int basisPoints, CultureInfo culture) => (basisPoints / 100m).ToString("0.##", culture);

    private static void Proforma(DocumentCanvas c, DocumentSheet s, XColor brand, DocumentText t, CultureInfo culture)
    {
        Column[] columns =
        [
            // Quantities carry their unit ("600 metres", ADR 0073): a wider quantity column.
            new(t.Translate("Description"), Left, 58 * Mm, false), new(t.Translate("HS code"), Left + 60 * Mm, 20 * Mm, false),
            new(t.Translate("Quantity"), Left + 110 * Mm, 28 * Mm, true), new(t.Translate("Unit price"), Left + 140 * Mm, 28 * Mm, true),
            new(t.Translate("Amount"), Right, 32 * Mm, true),
        ];
        Heading(c, brand, columns);
        foreach (var l in s.Lines)
            Row(c, brand, columns, [l.Description, l.HsCode ?? "—", UnitWords.Quantity(l.Quantity, l.Unit, s.Language, culture), l.UnitPrice.Format(culture), l.LineTotal.Format(culture)]);
        c.Rule(brand, c.Y);
        c.Y += 2.5 * Mm;
        var balance = s.Total - s.Deposit;
        Sum(c, $"{t.Translate("Total")} ({s.Total.Currency.Code})", s.Total.Format(culture), c.Bold);
        Sum(c, string.Format(culture, t.Translate("Deposit ({0} %)"), Percent(s.DepositBasisPoints, culture)), s.Deposit.Format(culture), c.Body);
        Sum(c, t.Translate("Balance"), balance.Format(culture), c.Body);
        if (s.Paid.IsPositive) Sum(c, t.Translate("Paid to date"), s.Paid.Format(culture), c.Body);
        Sum(c, t.Translate("Deposit now due"), s.DepositDue.Format(culture), c.Bold);
        c.Y += 4 * Mm;

        c.Term(t.Translate("Payment terms"), string.Format(culture, t.Translate("Deposit of {0} % before production starts; balance: {1}"),
            Percent(s.DepositBasisPoints, culture), s.BalanceTerms));
        c.Term(t.Translate("Payment reference"), s.OrderNumber);
        if (s.Bank is { } bank)
        {
            c.Term(t.Translate("Bank"), bank.BankName);
            c.Term(t.Translate("Account name"), bank.AccountName);
            c.Term(t.Translate("Account number"), bank.AccountNumber);
            if (bank.Swift.Length > 0) c.Term("SWIFT / BIC", bank.Swift);
            if (bank.Address.Length > 0) c.Term(t.Translate("Bank address"), bank.Address);
            c.Term("", string.Format(culture, t.Translate("Please quote {0} as the payment reference of every transfer."), s.OrderNumber));
        }
        else
        {
            c.Term(t.Translate("Bank details"), s.DeskContact.Length > 0
                ? string.Format(culture, t.Translate("Bank details on request: {0}"), s.DeskContact)
                : t.Translate("Bank details on request."));
        }
    }

    private static void Invoice(DocumentCanvas c, DocumentSheet s, XColor brand, DocumentText t, CultureInfo culture)
    {
        Column[] columns =
        [
            new(t.Translate("Description"), Left, 46 * Mm, false), new(t.Translate("HS code"), Left + 48 * Mm, 20 * Mm, false),
            new(t.Translate("Origin"), Left + 70 * Mm, 20 * Mm, false), new(t.Translate("Quantity"), Left + 120 * Mm, 28 * Mm, true),
            new(t.Translate("Unit price"), Left + 144 * Mm, 23 * Mm, true), new(t.Translate("Amount"), Right, 29 * Mm, true),
        ];
        Heading(c, brand, columns);
        foreach (var l in s.Lines)
            Row(c, brand, columns, [l.Description, l.HsCode ?? "—", t.Translate(CountryName(l.CountryOfOrigin)), UnitWords.Quantity(l.Quantity, l.Unit, s.Language, culture),
                l.UnitPrice.Format(culture), l.LineTotal.Format(culture)]);
        c.Rule(brand, c.Y);
        c.Y += 2.5 * Mm;
        Sum(c, $"{t.Translate("Total")} ({s.Total.Currency.Code})", s.Total.Format(culture), c.Bold);
        Sum(c, t.Translate("Paid to date"), s.Paid.Format(culture), c.Body);
        Sum(c, t.Translate("Balance due"), s.BalanceDue.Format(culture), c.Bold);
        c.Y += 4 * Mm;
        var origins = s.Lines.Select(l => t.Translate(CountryName(l.CountryOfOrigin))).Distinct(StringComparer.Ordinal);
        c.Term(t.Translate("Country of origin"), string.Join(", ", origins));
        if (s.ShipmentReference is { Length: > 0 } shipment) c.Term(t.Translate("Shipment"), shipment);
        c.Term(t.Translate("Payment reference"), s.OrderNumber);
    }

    private static void Packing(DocumentCanvas c, DocumentSheet s, XColor brand, DocumentText t, CultureInfo culture)
    {
        Column[] columns =
        [
            // Quantities carry their line's unit ("600 metres", "50 metres" a carton): a list may mix units (ADR 0073).
            new(t.Translate("Description"), Left, 36 * Mm, false), new(t.Translate("HS code"), Left + 38 * Mm, 19 * Mm, false),
            new(t.Translate("Quantity"), Left + 84 * Mm, 25 * Mm, true), new(t.Translate("Per carton"), Left + 108 * Mm, 22 * Mm, true),
            new(t.Translate("Cartons"), Left + 122 * Mm, 13 * Mm, true), new(t.Translate("Net weight (kg)"), Left + 148 * Mm, 25 * Mm, true),
            new(t.Translate("Gross weight (kg)"), Right, 25 * Mm, true),
        ];
        var tbc = t.Translate("to be confirmed");
        string Kg(long? grams) => grams is { } g ? PackingLine.Kilograms(g, culture) : tbc;
        Heading(c, brand, columns);
        foreach (var l in s.Lines)
        {
            var p = l.Packing;
            Row(c, brand, columns, [l.Description, l.HsCode ?? "—", UnitWords.Quantity(p.Pieces, l.Unit, s.Language, culture),
                p.PiecesPerCarton > 0 ? UnitWords.Quantity(p.PiecesPerCarton, l.Unit, s.Language, culture) : "—",
                p.Cartons.ToString("N0", culture), Kg(p.NetGrams), Kg(p.GrossGrams)]);
        }
        c.Rule(brand, c.Y);
        c.Y += 2.5 * Mm;
        var packed = s.Lines.Select(l => l.Packing).ToList();
        var net = packed.All(p => p.NetGrams is not null) ? packed.Sum(p => p.NetGrams!.Value) : (long?)null;
        var gross = packed.All(p => p.GrossGrams is not null) ? packed.Sum(p => p.GrossGrams!.Value) : (long?)null;
        // One unit: its total ("1,200 metres"); metres and pieces are never added up.
        var units = s.Lines.Select(l => l.Unit).Distinct().ToList();
        var quantity = units.Count == 1 ? UnitWords.Quantity((int)Math.Min(int.MaxValue, packed.Sum(p => (long)p.Pieces)), units[0], s.Language, culture) : "";
        Row(c, brand, columns, [t.Translate("Totals"), "", quantity, "",
            packed.Sum(p => (long)p.Cartons).ToString("N0", culture), Kg(net), Kg(gross)], c.CellBold);
        c.Y += 4 * Mm;
        if (packed.Any(p => !p.HasWeights))
            c.Term("", t.Translate("Weights marked “to be confirmed” are completed by the export desk before shipment."));
        var origins = s.Lines.Select(l => t.Translate(CountryName(l.CountryOfOrigin))).Distinct(StringComparer.Ordinal);
        c.Term(t.Translate("Country of origin"), string.Join(", ", origins));
        if (s.ShipmentReference is { Length: > 0 } shipment) c.Term(t.Translate("Shipment"), shipment);
    }

    /// <summary>The goods are made in the villages: "VN" is printed as its customs name, other codes as they are.</summary>
    public static string CountryName(string code) => code switch
    {
        "VN" => "Viet Nam",
        _ => code,
    };
}

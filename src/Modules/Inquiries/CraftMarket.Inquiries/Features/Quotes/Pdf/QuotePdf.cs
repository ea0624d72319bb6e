using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Inquiries.Features.Quotes.Pdf;

/// <summary>GET /api/quotes/{id}/pdf: the version as its buyer (or the desk) reads it, in the quote's language.</summary>
internal sealed class QuotePdf(QuoteReads reads, ITenantDirectory tenants, ITenantContext tenant, ModuleText<InquiriesText> t, TimeProvider clock)
{
    /// <summary>
    /// The PDF's language for a buyer's: English, French and Vietnamese as asked; Japanese falls back to
    /// English, because no CJK face with TrueType outlines ships with the platform (ADR 0049).
    /// </summary>
    public static string LanguageFor(string? buyerLanguage) => buyerLanguage switch
    {
        "vi" or "fr" => buyerLanguage,
        _ => "en",
    };

    public async Task<(byte[] Pdf, string FileName)?> RenderAsync(QuoteId id, CurrentActor actor, CancellationToken ct)
    {
        if (await reads.FindAsync(id, actor, ct) is not { } found) return null;
        var (quote, inquiry) = found;
        var association = tenants.SettingsOf(tenant) ?? throw new InvalidOperationException("A quote is printed within its association.");
        var lang = LanguageFor(quote.Language);
        var (deposit, balance) = quote.DepositAndBalance;
        var desk = association.ExportDesk;
        var sheet = new QuoteSheet(lang, association.BrandName.Length > 0 ? association.BrandName : association.NameEn, association.Brand.PrimaryColor,
            string.Join(" · ", new[] { desk.Email, desk.Phone }.Where(x => !string.IsNullOrWhiteSpace(x))),
            inquiry.Number, quote.Version, VietnamCalendar.Today(quote.CreatedAt), quote.ValidUntil, Status(quote.StatusAt(clock.GetUtcNow()), lang),
            quote.SellerName, inquiry.Buyer.Name, inquiry.Buyer.Company, inquiry.DestinationCountry,
            [.. quote.Lines.Select(l => new QuoteSheetLine(l.Description, l.Quantity, new Money(l.UnitPriceMinor, quote.Currency), new Money(l.LineTotalMinor, quote.Currency), l.Unit))],
            quote.Total, quote.DepositBasisPoints, deposit, balance, quote.BalanceTerms,
            Incoterms.Describe(quote.Incoterm, quote.DestinationPort), quote.DeliveryDate, quote.LeadTimeDays,
            new Money(quote.TotalVnd, Currency.VND), quote.VndPerUnit, quote.RateDate, quote.MarkSchemeName);
        using var output = new MemoryStream();
        QuoteDocument.Write(output, sheet, t);
        return (output.ToArray(), $"quote-{inquiry.Number}-v{quote.Version}.pdf");
    }

    private string Status(QuoteStatus status, string lang) => status switch
    {
        QuoteStatus.Sent => t.Translate("Open for acceptance", lang),
        QuoteStatus.Superseded => t.Translate("Replaced by a later version", lang),
        QuoteStatus.Accepted => t.Translate("Quote accepted", lang),
        QuoteStatus.Expired => t.Translate("Quote expired", lang),
        _ => t.Translate("Quote closed", lang),
    };
}

using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.SharedKernel.Text;
using CraftMarket.Tenancy.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Inquiries.Features.Quotes;

/// <summary>One inquiry line as the desk is about to quote it: the product as published now and the default group price.</summary>
internal sealed record DraftLine(InquiryLine Line, PublishedProduct? Product, string Description, Money? DefaultUnitPrice, string? CapacityKey);

/// <summary>What a new version starts from: the association's rate, default prices, the allocation's delivery date and the trade settings.</summary>
internal sealed record QuoteDraft(
    Inquiry Inquiry, ResolvedTenant Association, Currency Currency, ExchangeRate? Display, ExchangeRate ToVnd, IReadOnlyList<DraftLine> Lines,
    DateOnly Today, DateOnly? DeliveryFromShares, DateOnly ValidUntil, TradeSettings Settings, IReadOnlyList<MemberSummary> LeadFirms);

/// <summary>
/// Defaults of a new quote version, shared by the API and the desk's page: each line's unit price
/// from the product's price break for its quantity (VND), converted at the association's display
/// rate; the delivery date from the latest due date of the members' accepted shares plus
/// <see cref="ShippingMarginDays"/> (final check, packing and the road to the port); validity from the
/// trade settings. Buyers read prices only in the contract currency; members' own prices never appear.
/// </summary>
internal sealed class QuoteDrafts(InquiriesDb db, TradeSettingsStore settings, ICatalogue catalogue, IMemberDirectory members,
    ITenantDirectory tenants, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>Days between the last household's due date and the goods being ready at the seller (QC, packing, trucking to Hai Phong).</summary>
    public const int ShippingMarginDays = 7;

    public static readonly IReadOnlyList<Currency> ContractCurrencies = [Currency.USD, Currency.EUR, Currency.JPY, Currency.VND];

    public ResolvedTenant Association => tenants.SettingsOf(tenant) ?? throw new InvalidOperationException("Quotes are written within an association.");

    /// <summary>Null when the inquiry is not this association's.</summary>
    public async Task<QuoteDraft?> ForAsync(InquiryId id, string? currencyCode, CancellationToken ct)
    {
        if (await db.Inquiries.FirstOrDefaultAsync(i => i.Id == id, ct) is not { } inquiry) return null;
        var trade = await settings.GetAsync(ct);
        var association = Association;
        var currency = Currency.TryOf(currencyCode ?? trade.QuoteCurrency, out var c) && ContractCurrencies.Contains(c) ? c : Currency.USD;
        var display = currency == association.PriceCurrency ? null : association.DisplayRate(currency.Code);
        var today = VietnamCalendar.Today(clock.GetUtcNow());
        var toVnd = currency == Currency.VND || display is not null ? QuoteMaths.ToVnd(currency, display, today) : new ExchangeRate(currency, Currency.VND, 1m, today);

        var products = (await catalogue.FindPublishedAsync([.. inquiry.Lines.Select(l => l.ProductId).Distinct()], ct)).ToDictionary(p => p.Id);
        var language = Pdf.QuotePdf.LanguageFor(inquiry.Buyer.Language);
        var lines = inquiry.Lines.OrderBy(l => l.Position).Select(l =>
        {
            var product = products.GetValueOrDefault(l.ProductId);
            Money? price = null;
            if (product is not null && (currency == product.BasePrice.Currency || display is not null))
            {
                var dong = UnitPriceFor(product, l.Quantity);
                price = dong.Currency == currency ? dong : display!.Convert(dong);
            }
            var key = product?.CategoryName.TryGetValue("vi", out var vi) == true ? TextFolding.Fold(vi) : null;
            return new DraftLine(l, product, Describe(product, l.VariantSku, language), price, key);
        }).ToList();

        var accepted = await db.Shares.Where(s => s.InquiryId == id && s.Status == ShareStatus.Accepted).Select(s => s.DueOn).ToListAsync(ct);
        DateOnly? delivery = accepted.Count == 0 ? null : accepted.Max().AddDays(ShippingMarginDays);
        var firms = (await members.ListAsync(ct))
            .Where(m => m.CanSignContracts && m.Kind != MemberKind.Household && m.Status == MemberStatus.Active).OrderBy(m => m.DisplayName, StringComparer.Ordinal).ToList();
        return new QuoteDraft(inquiry, association, currency, display, toVnd, lines, today, delivery, today.AddDays(trade.QuoteValidityDays), trade, firms);
    }

    /// <summary>The price break for <paramref name="quantity"/> (the highest threshold it reaches), else the base price.</summary>
    public static Money UnitPriceFor(PublishedProduct product, int quantity) =>
        product.PriceBreaks.Where(b => b.UnitPrice is not null && b.MinQuantity <= quantity).OrderByDescending(b => b.MinQuantity)
            .Select(b => b.UnitPrice).FirstOrDefault() ?? product.BasePrice;

    /// <summary>The product's name in the quote's language (English, then Vietnamese), with the variant's size and colour.</summary>
    public static string Describe(PublishedProduct? product, string? variantSku, string language)
    {
        var name = product is null ? "—"
            : product.Name.TryGetValue(language, out var own) ? own
            : product.Name.TryGetValue("en", out var en) ? en
            : product.Name.GetValueOrDefault("vi") ?? "—";
        if (variantSku is null) return name;
        var variant = product?.Variants.FirstOrDefault(v => string.Equals(v.Sku, variantSku, StringComparison.Ordinal));
        var detail = string.Join(", ", new[] { variant?.Size, variant?.Colour }.Where(x => !string.IsNullOrWhiteSpace(x)));
        return detail.Length == 0 ? $"{name} ({variantSku})" : $"{name} ({detail}; {variantSku})";
    }
}

using System.Globalization;
using CraftMarket.SharedKernel.Monetary;
using CraftMarket.SharedKernel.Trade;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.SharedKernel.Localization;

/// <summary>
/// Prices as a buyer reads them: the base price, which is what the association quotes (in its base
/// currency, VND for every village), and an indicative amount in the buyer's chosen display currency
/// at the association's dated rate. The one place pages convert and format money (an HttpContext
/// feature, set per request). Converting rounds once, as <see cref="ExchangeRate.Convert"/> says.
/// </summary>
public sealed class DisplayPrices(Currency baseCurrency, ExchangeRate? display, CultureInfo culture)
{
    /// <summary>What platform-wide pages, which belong to no association, count prices in.</summary>
    public static readonly Currency PlatformCurrency = Currency.VND;

    public Currency BaseCurrency { get; } = baseCurrency;

    /// <summary>Null when the buyer reads prices in the base currency only.</summary>
    public ExchangeRate? Display { get; } = display is null || display.From == baseCurrency ? display
        : throw new CurrencyMismatchException(baseCurrency, display.From);

    public string Code => (Display?.To ?? BaseCurrency).Code;

    /// <summary>The price in the display currency, or null when there is none or the price is not in the base currency.</summary>
    public Money? Convert(Money price) => Display is { } rate && price.Currency == rate.From ? rate.Convert(price) : null;

    /// <summary>The quoted price in the reader's culture: "1.250.000 ₫", "₫1,250,000".</summary>
    public string FormatBase(Money price) => price.Format(culture);

    /// <summary>A base-currency amount given in whole major units (a listing's price filter).</summary>
    public string FormatBase(decimal major) => FormatBase(Money.Of(decimal.ToInt64(decimal.Truncate(major)), BaseCurrency));

    /// <summary>The indicative amount, e.g. "US$12.16" or "¥1,872", or null when the buyer reads the base currency.</summary>
    public string? FormatIndicative(Money price) => Convert(price)?.Format(culture);

    /// <summary>Machine-readable amount for JSON-LD and data attributes: invariant major units, no grouping.</summary>
    public static string Invariant(Money amount) => amount.ToMajorString();

    /// <summary>
    /// One price as every page shows it (the shared <c>_Price</c> partial renders it): the base price in
    /// the reader's culture, the indicative amount in the buyer's currency, and what one unit is.
    /// </summary>
    public ShownPrice Show(Money price, UnitOfSale? unit = null) => new(FormatBase(price), FormatIndicative(price), unit);

    public static DisplayPrices Of(HttpContext? context) =>
        context?.Features.Get<DisplayPrices>() ?? new DisplayPrices(PlatformCurrency, null, CultureInfo.CurrentCulture);

    /// <summary>
    /// Prices of the village <paramref name="tenantSlug"/> as this buyer reads them, at its own rates:
    /// a page listing several villages' products (cross-village search) converts each at its own
    /// association's rate. On a village's own site, or without the host's lookup, the request's prices.
    /// </summary>
    public static DisplayPrices Of(HttpContext? context, string tenantSlug) =>
        context?.Features.Get<VillagePrices>()?.Of(tenantSlug) ?? Of(context);
}

/// <summary>A price ready to show: <see cref="Base"/> "₫1,075,000", <see cref="Indicative"/> "US$41.35" or null, and its unit ("per metre") when known.</summary>
public sealed record ShownPrice(string Base, string? Indicative, UnitOfSale? Unit = null);

/// <summary>The host's lookup of another village's display prices for this request (an HttpContext feature).</summary>
public sealed class VillagePrices(Func<string, DisplayPrices?> of)
{
    public DisplayPrices? Of(string tenantSlug) => of(tenantSlug);
}

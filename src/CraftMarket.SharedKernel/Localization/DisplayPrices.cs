using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.SharedKernel.Localization;

/// <summary>A currency buyers may see prices in, at the association's own rate: units per 1 VND.</summary>
public sealed record CurrencyRate(string Code, decimal RatePerBaseUnit);

/// <summary>
/// Prices as a buyer reads them: the VND base price, which is what the association quotes, and an
/// indicative amount in the buyer's chosen display currency at the association's rate. The one
/// place that converts and formats money for pages (an HttpContext feature, set per request).
/// </summary>
public sealed class DisplayPrices(CurrencyRate? display, CultureInfo culture)
{
    public const string BaseCurrency = "VND";

    /// <summary>Null when the buyer reads prices in VND only.</summary>
    public CurrencyRate? Display { get; } = display;

    public string Code => Display?.Code ?? BaseCurrency;

    /// <summary>VND → display currency, rounded to the currency's minor unit (none for JPY), half away from zero.</summary>
    public decimal? Convert(decimal vnd) =>
        Display is { } d ? Math.Round(vnd * d.RatePerBaseUnit, MinorDigits(d.Code), MidpointRounding.AwayFromZero) : null;

    public string FormatBase(decimal vnd) => Format(vnd, BaseCurrency, culture);

    /// <summary>The indicative amount, e.g. "US$12.16", or null when the buyer chose VND.</summary>
    public string? FormatIndicative(decimal vnd) => Convert(vnd) is { } amount ? Format(amount, Display!.Code, culture) : null;

    /// <summary>Machine-readable amount for JSON-LD and data attributes: invariant, no grouping.</summary>
    public static string Invariant(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Format(decimal amount, string code, CultureInfo culture)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = Symbol(code);
        format.CurrencyDecimalDigits = MinorDigits(code);
        return amount.ToString("C", format);
    }

    public static int MinorDigits(string code) => code is "VND" or "JPY" or "KRW" ? 0 : 2;

    /// <summary>Symbols that cannot be mistaken for another currency's ("$" alone could be four of them).</summary>
    public static string Symbol(string code) => code switch
    {
        "VND" => "₫",
        "USD" => "US$",
        "EUR" => "€",
        "JPY" => "¥",
        "AUD" => "A$",
        "GBP" => "£",
        "CNY" => "CN¥",
        "TWD" => "NT$",
        _ => code + " ",
    };

    public static DisplayPrices Of(HttpContext? context) =>
        context?.Features.Get<DisplayPrices>() ?? new DisplayPrices(null, CultureInfo.CurrentCulture);
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CraftMarket.SharedKernel.Monetary;

/// <summary>Money as text: culture formatting for people, invariant major-unit strings for machines.</summary>
public sealed partial record Money
{
    private const NumberStyles MajorStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint
        | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>
    /// For display in <paramref name="culture"/>'s currency pattern with the currency's own symbol
    /// and exactly its minor digits: "1.250.000 ₫" in vi-VN, "US$12.16" in en-US, "¥1,250" in ja-JP.
    /// </summary>
    public string Format(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Major.ToString("C", FormatFor(culture, Currency.Symbol, Currency.MinorDigits));
    }

    /// <summary>
    /// The culture's number format with the currency's symbol and digits. A listing formats dozens of
    /// prices per render: a read-only culture's (the site's are) is built once per currency, not cloned
    /// per price (ADR 0050); a culture that may still change is cloned every time, as before.
    /// </summary>
    private static NumberFormatInfo FormatFor(CultureInfo culture, string symbol, int minorDigits)
    {
        if (!culture.IsReadOnly) return Build(culture, symbol, minorDigits);
        var formats = KeptFormats.GetValue(culture, _ => new System.Collections.Concurrent.ConcurrentDictionary<(string, int), NumberFormatInfo>());
        return formats.GetOrAdd((symbol, minorDigits), key => NumberFormatInfo.ReadOnly(Build(culture, key.Item1, key.Item2)));
    }

    private static NumberFormatInfo Build(CultureInfo culture, string symbol, int minorDigits)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = symbol;
        format.CurrencyDecimalDigits = minorDigits;
        return format;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CultureInfo, System.Collections.Concurrent.ConcurrentDictionary<(string, int), NumberFormatInfo>> KeptFormats = new();

    /// <summary>Machine-readable major units, invariant, no grouping, exactly the minor digits: "1250000", "12.16".</summary>
    public string ToMajorString() =>
        Major.ToString("F" + Currency.MinorDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>For logs and debugging: "12.16 USD". Pages use <see cref="Format"/>.</summary>
    public override string ToString() => $"{ToMajorString()} {Currency.Code}";

    /// <summary>
    /// Reads an invariant major-unit string ("95000", "12.5", "-3.10"). Throws
    /// <see cref="FormatException"/> with the reason when it is not a number, has more decimals than
    /// the currency has minor digits ("12.5" in VND), or does not fit.
    /// </summary>
    public static Money Parse(string text, Currency currency) =>
        TryParse(text, currency, out var money, out var error) ? money : throw new FormatException(error);

    public static bool TryParse(string? text, Currency currency, [NotNullWhen(true)] out Money? money, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(currency);
        money = null;
        if (string.IsNullOrWhiteSpace(text) || !decimal.TryParse(text, MajorStyle, CultureInfo.InvariantCulture, out var major))
        {
            error = $"'{text}' is not an amount: write it in {currency.Code} with '.' before any decimals, e.g. {Of(1250, currency).ToMajorString()}.";
            return false;
        }
        // Bounded first, so scaling to minor units cannot overflow a decimal.
        var minor = major is < long.MinValue or > long.MaxValue ? major : major * currency.MinorPerMajor;
        if (minor != decimal.Truncate(minor))
        {
            error = currency.MinorDigits == 0
                ? $"{currency.Code} has no minor unit: '{text.Trim()}' cannot have decimals."
                : $"{currency.Code} has {currency.MinorDigits} decimal places: '{text.Trim()}' has more.";
            return false;
        }
        if (minor is < long.MinValue or > long.MaxValue)
        {
            error = $"'{text.Trim()}' is too large an amount.";
            return false;
        }
        money = new Money((long)minor, currency);
        error = null;
        return true;
    }
}

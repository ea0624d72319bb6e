using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace CraftMarket.SharedKernel.Monetary;

/// <summary>
/// An ISO 4217 currency the platform trades or displays in, with its minor-unit exponent (VND and
/// JPY have none, USD has cents). Only the currencies listed here exist: an unknown code is refused
/// rather than guessed, because a wrong exponent multiplies or divides a price by a hundred.
/// Instances are shared, so equality is by code.
/// </summary>
public sealed class Currency : IEquatable<Currency>
{
    public static readonly Currency VND = new("VND", 0, "₫");
    public static readonly Currency USD = new("USD", 2, "US$");
    public static readonly Currency EUR = new("EUR", 2, "€");
    public static readonly Currency JPY = new("JPY", 0, "¥");
    public static readonly Currency AUD = new("AUD", 2, "A$");
    public static readonly Currency GBP = new("GBP", 2, "£");
    public static readonly Currency CNY = new("CNY", 2, "CN¥");
    public static readonly Currency TWD = new("TWD", 2, "NT$");
    public static readonly Currency KRW = new("KRW", 0, "₩");
    public static readonly Currency SGD = new("SGD", 2, "S$");

    private static readonly FrozenDictionary<string, Currency> Known =
        new[] { VND, USD, EUR, JPY, AUD, GBP, CNY, TWD, KRW, SGD }.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    private Currency(string code, int minorDigits, string symbol)
    {
        Code = code;
        MinorDigits = minorDigits;
        Symbol = symbol;
        MinorPerMajor = Pow10(minorDigits);
    }

    /// <summary>Three upper-case letters, e.g. "VND".</summary>
    public string Code { get; }

    /// <summary>Digits after the decimal point in the major unit: 0 for VND and JPY, 2 for USD.</summary>
    public int MinorDigits { get; }

    /// <summary>Minor units in one major unit: 1 for VND, 100 for USD.</summary>
    public long MinorPerMajor { get; }

    /// <summary>A symbol no other listed currency shares ("$" alone could be four of them).</summary>
    public string Symbol { get; }

    public static IReadOnlyCollection<Currency> All => Known.Values;

    /// <summary>The currency with this ISO code (exact, upper case); throws <see cref="UnknownCurrencyException"/> otherwise.</summary>
    public static Currency Of(string code) =>
        TryOf(code, out var currency) ? currency : throw new UnknownCurrencyException(code);

    public static bool TryOf([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Currency? currency)
    {
        currency = null;
        return code is not null && Known.TryGetValue(code, out currency);
    }

    public bool Equals(Currency? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);
    public override bool Equals(object? obj) => Equals(obj as Currency);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);
    public override string ToString() => Code;

    public static bool operator ==(Currency? left, Currency? right) => left is null ? right is null : left.Equals(right);
    public static bool operator !=(Currency? left, Currency? right) => !(left == right);

    internal static long Pow10(int digits)
    {
        var result = 1L;
        for (var i = 0; i < digits; i++) result *= 10;
        return result;
    }
}

/// <summary>A currency code the platform does not know: refused, never guessed.</summary>
public sealed class UnknownCurrencyException(string? code)
    : ArgumentException($"'{code}' is not a currency this platform trades in ({string.Join(", ", Currency.All.Select(c => c.Code).Order(StringComparer.Ordinal))}).")
{
    public string? CurrencyCode { get; } = code;
}

/// <summary>Two amounts in different currencies met in one operation: money never converts implicitly.</summary>
public sealed class CurrencyMismatchException(Currency expected, Currency actual)
    : InvalidOperationException($"Cannot combine {expected.Code} with {actual.Code}: convert explicitly through an ExchangeRate first.")
{
    public Currency Expected { get; } = expected;
    public Currency Actual { get; } = actual;
}

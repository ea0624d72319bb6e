using System.Text.Json.Serialization;

namespace CraftMarket.SharedKernel.Monetary;

/// <summary>
/// An exact amount of one currency, held as a whole number of its minor units (đồng for VND, yen
/// for JPY, cents for USD). No floating point touches it: arithmetic is checked integer arithmetic,
/// and anything that could lose a unit (conversion, percentages, splits) goes through
/// <see cref="ExchangeRate"/> or <see cref="Allocate(IReadOnlyList{long})"/>, whose rounding is
/// written down there and in ADR 0022. Combining two currencies throws
/// <see cref="CurrencyMismatchException"/>; there is no implicit conversion to or from numbers.
/// </summary>
[JsonConverter(typeof(MoneyJsonConverter))]
public sealed partial record Money : IComparable<Money>
{
    public Money(long minorUnits, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        MinorUnits = minorUnits;
        Currency = currency;
    }

    /// <summary>The amount in minor units: 1 250 000 for 1.250.000 ₫, 1216 for US$12.16.</summary>
    public long MinorUnits { get; }

    public Currency Currency { get; }

    public static Money Zero(Currency currency) => new(0, currency);

    /// <summary>A whole number of major units (dong, yen, dollars), e.g. <c>Money.Of(95_000, Currency.VND)</c>.</summary>
    public static Money Of(long majorUnits, Currency currency) => new(checked(majorUnits * currency.MinorPerMajor), currency);

    public bool IsZero => MinorUnits == 0;
    public bool IsNegative => MinorUnits < 0;
    public bool IsPositive => MinorUnits > 0;

    /// <summary>The amount in major units, exact (a decimal holds every long divided by a power of ten).</summary>
    public decimal Major => (decimal)MinorUnits / Currency.MinorPerMajor;

    public Money Add(Money other) => new(checked(MinorUnits + Same(other).MinorUnits), Currency);
    public Money Subtract(Money other) => new(checked(MinorUnits - Same(other).MinorUnits), Currency);

    /// <summary>Unit price times a quantity of pieces: exact, throws on overflow.</summary>
    public Money Multiply(long quantity) => new(checked(MinorUnits * quantity), Currency);

    public Money Negate() => new(checked(-MinorUnits), Currency);

    public static Money operator +(Money left, Money right) => left.Add(right);
    public static Money operator -(Money left, Money right) => left.Subtract(right);
    public static Money operator -(Money value) => value.Negate();
    public static Money operator *(Money left, long quantity) => left.Multiply(quantity);
    public static Money operator *(long quantity, Money right) => right.Multiply(quantity);

    /// <summary>Orders amounts of one currency; throws <see cref="CurrencyMismatchException"/> across currencies.</summary>
    public int CompareTo(Money? other) => other is null ? 1 : MinorUnits.CompareTo(Same(other).MinorUnits);

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public static Money Min(Money a, Money b) => a <= b ? a : b;
    public static Money Max(Money a, Money b) => a >= b ? a : b;

    private Money Same(Money other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Currency == Currency ? other : throw new CurrencyMismatchException(Currency, other.Currency);
    }
}

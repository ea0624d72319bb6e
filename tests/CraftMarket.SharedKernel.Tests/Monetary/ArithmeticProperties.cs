using CraftMarket.SharedKernel.Monetary;
using CsCheck;

namespace CraftMarket.SharedKernel.Tests.Monetary;

public sealed class ArithmeticProperties
{
    private static readonly Gen<(Money, Money)> TwoCurrencies =
        Gen.Select(Generators.Money, Generators.Money).Where((a, b) => a.Currency != b.Currency);

    [Fact]
    public void Mixed_currencies_are_always_refused() =>
        TwoCurrencies.Sample((a, b) =>
        {
            Should.Throw<CurrencyMismatchException>(() => a + b);
            Should.Throw<CurrencyMismatchException>(() => a - b);
            Should.Throw<CurrencyMismatchException>(() => a < b);
            Should.Throw<CurrencyMismatchException>(() => a.CompareTo(b));
            (a == b).ShouldBeFalse();
        });

    [Fact]
    public void Addition_and_subtraction_undo_each_other() =>
        Gen.Select(Generators.Money, Gen.Long[-1_000_000_000, 1_000_000_000]).Sample((a, minor) =>
        {
            var b = new Money(minor, a.Currency);
            (a + b - b).ShouldBe(a);
            (a + b).ShouldBe(b + a);
        });

    [Fact]
    public void Multiplying_by_a_quantity_is_repeated_addition() =>
        Gen.Select(Generators.Money, Gen.Int[0, 50]).Sample((price, quantity) =>
            (price * quantity).ShouldBe(Enumerable.Repeat(price, quantity).Aggregate(Money.Zero(price.Currency), (s, p) => s + p)));

    [Fact]
    public void Overflow_throws_rather_than_wraps()
    {
        var huge = new Money(long.MaxValue, Currency.VND);
        Should.Throw<OverflowException>(() => huge + new Money(1, Currency.VND));
        Should.Throw<OverflowException>(() => huge * 2);
    }

    [Fact]
    public void Comparison_orders_one_currency_by_amount()
    {
        var cheap = Money.Of(95_000, Currency.VND);
        var dear = Money.Of(120_000, Currency.VND);
        (cheap < dear).ShouldBeTrue();
        (dear >= cheap).ShouldBeTrue();
        Money.Min(dear, cheap).ShouldBe(cheap);
        new[] { dear, cheap }.Order().First().ShouldBe(cheap);
    }

    [Fact]
    public void Unknown_currency_codes_are_refused()
    {
        Should.Throw<UnknownCurrencyException>(() => Currency.Of("XXX")).CurrencyCode.ShouldBe("XXX");
        Should.Throw<UnknownCurrencyException>(() => Currency.Of("usd"));
        Currency.TryOf(null, out _).ShouldBeFalse();
        Currency.Of("JPY").MinorDigits.ShouldBe(0);
        Currency.Of("VND").MinorDigits.ShouldBe(0);
        Currency.Of("USD").MinorPerMajor.ShouldBe(100);
    }
}

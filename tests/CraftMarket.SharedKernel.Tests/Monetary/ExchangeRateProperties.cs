using CraftMarket.SharedKernel.Monetary;
using CsCheck;

namespace CraftMarket.SharedKernel.Tests.Monetary;

public sealed class ExchangeRateProperties
{
    private static readonly DateOnly Day = new(2026, 11, 30);

    // Rates from 10^-12 to 10^5 major units: every pair the platform shows, with room to spare.
    private static readonly Gen<ExchangeRate> Rates = Gen.Select(Generators.Currency, Generators.Currency, Gen.Long[1, 100_000_000], Gen.Int[3, 12])
        .Select((from, to, mantissa, scale) => new ExchangeRate(from, to, new decimal(mantissa) / TenTo(scale), Day));

    [Fact]
    public void Conversion_is_deterministic_and_lands_in_the_target_currency() =>
        Gen.Select(Gen.Long[0, 10_000_000_000], Rates).Sample((minor, rate) =>
        {
            var amount = new Money(minor, rate.From);
            var converted = rate.Convert(amount);
            converted.Currency.ShouldBe(rate.To);
            rate.Convert(new Money(minor, rate.From)).ShouldBe(converted);
            // Rounded once, half away from zero: within half a target unit of the exact product.
            var exact = minor * rate.Rate * rate.To.MinorPerMajor / rate.From.MinorPerMajor;
            Math.Abs(converted.MinorUnits - exact).ShouldBeLessThanOrEqualTo(0.5m);
        });

    [Fact]
    public void An_amount_in_another_currency_is_refused() =>
        Gen.Select(Rates, Generators.Money).Where((rate, m) => m.Currency != rate.From)
            .Sample((rate, m) => Should.Throw<CurrencyMismatchException>(() => rate.Convert(m)));

    [Fact]
    public void Converts_vnd_to_dollars_cents_and_yen()
    {
        var price = Money.Of(320_000, Currency.VND);
        new ExchangeRate(Currency.VND, Currency.USD, 0.0000380m, Day).Convert(price).ShouldBe(new Money(1216, Currency.USD));     // US$12.16
        new ExchangeRate(Currency.VND, Currency.JPY, 0.00585m, Day).Convert(price).ShouldBe(Money.Of(1872, Currency.JPY));
        // 0.5 of a cent rounds away from zero
        new ExchangeRate(Currency.VND, Currency.USD, 0.0001m, Day).Convert(Money.Of(125, Currency.VND)).ShouldBe(new Money(1, Currency.USD));
        new ExchangeRate(Currency.USD, Currency.VND, 26_000m, Day).Convert(new Money(1216, Currency.USD)).ShouldBe(Money.Of(316_160, Currency.VND));
    }

    [Fact]
    public void A_rate_is_positive()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.VND, Currency.USD, 0m, Day));
        Should.Throw<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.VND, Currency.USD, -1m, Day));
    }

    private static decimal TenTo(int scale)
    {
        var result = 1m;
        for (var i = 0; i < scale; i++) result *= 10;
        return result;
    }
}

using System.Globalization;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Monetary;

namespace CraftMarket.Web.Tests;

/// <summary>The one class that converts a village's prices to a buyer's display currency at the association's dated rate and formats them for a language.</summary>
public sealed class DisplayPricesTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");
    private static readonly DateOnly RateDay = new(2026, 11, 30);

    private static DisplayPrices In(string code, decimal rate, CultureInfo culture) =>
        new(Currency.VND, new ExchangeRate(Currency.VND, Currency.Of(code), rate, RateDay), culture);

    private static Money Vnd(long dong) => new(dong, Currency.VND);

    [Theory]
    [InlineData("USD", "0.0000380", 250_000, "9.50")]
    [InlineData("USD", "0.0000380", 1_234_567, "46.91")]      // 46.913546 → 46.91
    [InlineData("EUR", "0.0000352", 131_250, "4.62")]         // 4.62 exactly
    [InlineData("USD", "0.00004", 112_500, "4.50")]           // 4.5 exactly: no float drift
    [InlineData("USD", "0.00001", 125, "0.00")]               // 0.00125 → 0.00
    [InlineData("USD", "0.00001", 500, "0.01")]               // 0.005 → 0.01, half away from zero
    [InlineData("JPY", "0.00585", 250_000, "1463")]           // 1462.5 → 1463: yen have no minor unit
    public void Converts_at_the_associations_rate_to_the_currencys_minor_unit(string code, string rate, long vnd, string expected)
    {
        var prices = In(code, decimal.Parse(rate, CultureInfo.InvariantCulture), English);
        prices.Convert(Vnd(vnd)).ShouldBe(Money.Parse(expected, Currency.Of(code)));
        prices.Code.ShouldBe(code);
    }

    [Fact]
    public void Without_a_display_currency_there_is_only_the_base_price()
    {
        var prices = new DisplayPrices(Currency.VND, null, English);
        prices.Convert(Vnd(250_000)).ShouldBeNull();
        prices.FormatIndicative(Vnd(250_000)).ShouldBeNull();
        prices.Code.ShouldBe("VND");
    }

    [Fact]
    public void A_rate_from_another_currency_is_refused_and_a_price_in_another_currency_is_not_converted()
    {
        Should.Throw<CurrencyMismatchException>(() => new DisplayPrices(Currency.VND, new ExchangeRate(Currency.USD, Currency.JPY, 150m, RateDay), English));
        In("USD", 0.000038m, English).FormatIndicative(new Money(1_000, Currency.EUR)).ShouldBeNull();
    }

    [Theory]
    [InlineData("vi", 1_250_000, "1.250.000 ₫")]
    [InlineData("en", 1_250_000, "₫1,250,000")]
    [InlineData("fr", 1_250_000, "1 250 000 ₫")]
    [InlineData("ja", 1_250_000, "₫1,250,000")]
    public void The_base_price_is_written_as_readers_of_the_language_write_numbers(string language, long vnd, string expected)
    {
        var culture = language switch { "vi" => Vietnamese, "fr" => French, "ja" => Japanese, _ => English };
        // French groups with a narrow no-break space; compare with ordinary spaces.
        new DisplayPrices(Currency.VND, null, culture).FormatBase(Vnd(vnd)).Replace('\u202f', ' ').Replace('\u00a0', ' ').ShouldBe(expected);
    }

    [Fact]
    public void The_indicative_amount_names_a_symbol_no_other_currency_shares_with_the_currencys_own_digits()
    {
        In("USD", 0.000038m, English).FormatIndicative(Vnd(400_000)).ShouldBe("US$15.20");        // two decimals for dollars
        In("USD", 0.000038m, Vietnamese).FormatIndicative(Vnd(400_000)).ShouldBe("15,20 US$");
        In("JPY", 0.00585m, Japanese).FormatIndicative(Vnd(400_000)).ShouldBe("¥2,340");          // none for yen
        In("JPY", 0.00585m, English).FormatIndicative(Vnd(400_000)).ShouldBe("¥2,340");
        In("EUR", 0.0000352m, French).FormatIndicative(Vnd(400_000))!.Replace('\u00a0', ' ').Replace('\u202f', ' ').ShouldBe("14,08 €");
    }
}

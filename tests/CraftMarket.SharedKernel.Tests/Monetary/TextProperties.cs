using System.Globalization;
using CraftMarket.SharedKernel.Monetary;
using CsCheck;

namespace CraftMarket.SharedKernel.Tests.Monetary;

public sealed class TextProperties
{
    [Fact]
    public void Major_strings_round_trip() =>
        Generators.Money.Sample(m => Money.Parse(m.ToMajorString(), m.Currency).ShouldBe(m));

    [Fact]
    public void Culture_formatting_parses_back_to_the_same_amount() =>
        Gen.Select(Generators.Money, Gen.OneOf<string>("vi-VN", "en-US", "fr-FR", "ja-JP")).Sample((m, name) =>
        {
            var culture = CultureInfo.GetCultureInfo(name);
            var text = m.Format(culture);
            decimal.Parse(text.Replace(m.Currency.Symbol, "", StringComparison.Ordinal), NumberStyles.Currency, culture)
                .ShouldBe(m.Major);
        });

    [Theory]
    [InlineData("vi-VN", "VND", 1_250_000, "1.250.000 ₫")]
    [InlineData("en-US", "USD", 1216, "US$12.16")]
    [InlineData("en-US", "JPY", 1250, "¥1,250")]
    [InlineData("ja-JP", "JPY", 1250, "¥1,250")]
    [InlineData("fr-FR", "EUR", 1050, "10,50 €")]
    public void Formats_in_the_culture_with_the_currencys_own_digits(string culture, string code, long minor, string expected) =>
        Normalize(new Money(minor, Currency.Of(code)).Format(CultureInfo.GetCultureInfo(culture))).ShouldBe(expected);

    [Theory]
    [InlineData("95000", "VND", 95_000)]
    [InlineData("12.5", "USD", 1250)]
    [InlineData("12.50", "USD", 1250)]
    [InlineData("-3.10", "EUR", -310)]
    [InlineData("1250.0", "JPY", 1250)]
    public void Parses_major_units(string text, string code, long minor) =>
        Money.Parse(text, Currency.Of(code)).MinorUnits.ShouldBe(minor);

    [Theory]
    [InlineData("12.5", "VND", "VND has no minor unit")]
    [InlineData("1250.5", "JPY", "JPY has no minor unit")]
    [InlineData("1.005", "USD", "USD has 2 decimal places")]
    [InlineData("1,000", "VND", "is not an amount")]
    [InlineData("", "VND", "is not an amount")]
    [InlineData("99999999999999999999", "VND", "too large")]
    [InlineData("79228162514264337593543950335", "USD", "too large")]
    public void Refuses_what_the_currency_cannot_hold(string text, string code, string reason)
    {
        Should.Throw<FormatException>(() => Money.Parse(text, Currency.Of(code))).Message.ShouldContain(reason);
        Money.TryParse(text, Currency.Of(code), out var money, out var error).ShouldBeFalse();
        money.ShouldBeNull();
        error.ShouldContain(reason);
    }

    // ICU puts a no-break space (narrow in fr-FR) between number and symbol; compare as plain spaces.
    private static string Normalize(string s) => s.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}

using System.Globalization;
using System.Text.Json;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Trade;

namespace CraftMarket.SharedKernel.Tests.Trade;

/// <summary>Units of sale in every page language, and on the wire (ADR 0073).</summary>
public sealed class UnitWordsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Prices_minimums_and_cases_read_in_their_unit_in_every_language()
    {
        UnitWords.PricePer("₫265,000", UnitOfSale.Metre, "en").ShouldBe("₫265,000 per metre");
        UnitWords.Moq(50, UnitOfSale.Metre, "en", English).ShouldBe("MOQ 50 metres");
        UnitWords.Case(10, UnitOfSale.Set, "en", English).ShouldBe("case of 10 sets");
        UnitWords.Quantity(1, UnitOfSale.Pair, "en", English).ShouldBe("1 pair");
        UnitWords.Quantity(1_000, UnitOfSale.Piece, "en", English).ShouldBe("1,000 pieces");
        UnitWords.OrMore(200, UnitOfSale.Piece, "en", English).ShouldBe("200+ pieces");

        UnitWords.PricePer("265.000 ₫", UnitOfSale.Metre, "vi").ShouldBe("265.000 ₫ mỗi mét");
        UnitWords.Moq(50, UnitOfSale.Metre, "vi", CultureInfo.GetCultureInfo("vi-VN")).ShouldBe("Tối thiểu 50 mét");
        UnitWords.Case(10, UnitOfSale.Set, "vi").ShouldBe("thùng 10 bộ");

        UnitWords.PricePer("265 000 ₫", UnitOfSale.Metre, "fr").ShouldBe("265 000 ₫ par mètre");
        UnitWords.Moq(50, UnitOfSale.Metre, "fr").ShouldBe("Min. 50 mètres");
        UnitWords.Quantity(1, UnitOfSale.Metre, "fr").ShouldBe("1 mètre");
        UnitWords.Case(10, UnitOfSale.Pair, "fr").ShouldBe("carton de 10 paires");

        UnitWords.PricePer("₫265,000", UnitOfSale.Metre, "ja").ShouldBe("1メートルあたり₫265,000");
        UnitWords.Moq(50, UnitOfSale.Metre, "ja").ShouldBe("最小50メートル");
        UnitWords.Case(10, UnitOfSale.Set, "ja").ShouldBe("1ケース10セット");
    }

    [Fact]
    public void Every_unit_and_phrase_is_translated_into_every_page_language()
    {
        UnitWords.Languages.ShouldBe(["vi", "fr", "ja"], ignoreOrder: true);
        var missing = new List<string>();
        foreach (var language in new[] { "vi", "fr", "ja" })
        foreach (var unit in UnitOfSale.All)
        {
            // Units whose words are not English words ("kg", "m²") read the same everywhere; the others must change.
            if (unit.Singular is "kg" or "m²") continue;
            if (UnitWords.Name(unit, language) == unit.Singular && unit.Singular != "yard") missing.Add($"{language} {unit.Code}");
            if (UnitWords.NameFor(2, unit, language) == unit.Plural && unit.Plural is not ("yards" or "dozen") ) missing.Add($"{language} {unit.Code} plural");
        }
        missing.ShouldBeEmpty();
        foreach (var language in new[] { "vi", "fr", "ja" })
        {
            UnitWords.Per(UnitOfSale.Piece, language).ShouldNotContain("per ");
            UnitWords.Moq(5, UnitOfSale.Piece, language).ShouldNotContain("MOQ");
            UnitWords.Case(5, UnitOfSale.Piece, language).ShouldNotContain("case of");
        }
    }

    [Fact]
    public void The_request_language_is_the_default()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            UnitWords.Per(UnitOfSale.Dozen).ShouldBe("par douzaine");
            UnitWords.Quantity(1_200, UnitOfSale.Dozen).ShouldBe("1\u202f200 douzaines");
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before; }
    }

    private sealed record Line(int Quantity, UnitOfSale Unit);

    private sealed record Priced(int Quantity)
    {
        public UnitOfSale Unit { get; init; } = UnitOfSale.Default;
    }

    [Fact]
    public void On_the_wire_a_unit_is_its_code_and_messages_from_before_units_read_as_pieces()
    {
        JsonSerializer.Serialize(new Line(50, UnitOfSale.SquareMetre), OutboxJson.Options).ShouldBe("""{"quantity":50,"unit":"m2"}""");
        JsonSerializer.Deserialize<Line>("""{"quantity":50,"unit":"metre"}""", OutboxJson.Options)!.Unit.ShouldBe(UnitOfSale.Metre);
        JsonSerializer.Deserialize<Priced>("""{"quantity":50}""", OutboxJson.Options)!.Unit.ShouldBe(UnitOfSale.Piece);
        JsonSerializer.Deserialize<Line>("""{"quantity":50,"unit":null}""", OutboxJson.Options)!.Unit.ShouldBe(UnitOfSale.Piece);
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Line>("""{"quantity":50,"unit":"bolt"}""", OutboxJson.Options));
    }
}

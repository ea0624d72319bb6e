using System.Text.Json;
using System.Globalization;
using CraftMarket.Inquiries.Features.InquiryList;
using CraftMarket.SharedKernel.Trade;
using CsCheck;

namespace CraftMarket.Inquiries.Tests.InquiryList;

/// <summary>The quantity and date rules a buyer meets, for every minimum, case size and quantity (CsCheck).</summary>
public sealed class OrderRulesTests
{
    private static string Pieces(long n) => n == 1 ? "1 piece" : n.ToString("N0", CultureInfo.InvariantCulture) + " pieces";

    private static readonly Gen<(int Moq, int Case)> Terms = Gen.Select(Gen.Int[1, 5_000], Gen.Int[1, 500]);

    [Fact]
    public void Any_quantity_at_least_the_minimum_in_whole_cases_passes()
    {
        Gen.Select(Terms, Gen.Int[0, 2_000]).Sample(t =>
        {
            var ((moq, size), extra) = t;
            var quantity = OrderRules.Nearest(moq, moq, size) + (long)extra * size;
            if (quantity > OrderRules.MaxQuantity) return;
            OrderRules.Quantity("q", quantity, moq, size, UnitOfSale.Piece).ShouldBeNull();
        });
    }

    [Fact]
    public void Any_quantity_below_the_minimum_is_told_the_minimum()
    {
        Gen.Select(Terms, Gen.Int[1, 5_000]).Sample(t =>
        {
            var ((moq, size), quantity) = t;
            if (quantity >= moq) return;
            var problem = OrderRules.Quantity("lines[0].quantity", quantity, moq, size, UnitOfSale.Piece).ShouldNotBeNull();
            problem.Field.ShouldBe("lines[0].quantity");
            problem.English.ShouldBe($"Below the minimum order of {Pieces(moq)}.");
        });
    }

    [Fact]
    public void Any_quantity_above_the_minimum_that_breaks_a_case_is_told_the_next_whole_quantity_which_passes()
    {
        Gen.Select(Terms, Gen.Int[1, OrderRules.MaxQuantity]).Sample(t =>
        {
            var ((moq, size), quantity) = t;
            if (quantity < moq || quantity % size == 0) return;
            var problem = OrderRules.Quantity("q", quantity, moq, size, UnitOfSale.Piece).ShouldNotBeNull();
            var nearest = OrderRules.Nearest(quantity, moq, size);
            problem.English.ShouldBe($"Order in whole cases of {Pieces(size)}: {Pieces(nearest)} would do.");
            nearest.ShouldBeGreaterThan(quantity);
            (nearest - quantity).ShouldBeLessThan(size);
            if (nearest <= OrderRules.MaxQuantity) OrderRules.Quantity("q", nearest, moq, size, UnitOfSale.Piece).ShouldBeNull();
        });
    }

    [Fact]
    public void The_minimum_and_the_case_are_told_in_the_products_unit_in_the_api_english_and_in_each_language()
    {
        var below = OrderRules.Quantity("q", 20, 50, 10, UnitOfSale.Metre).ShouldNotBeNull();
        below.English.ShouldBe("Below the minimum order of 50 metres.");
        var loose = OrderRules.Quantity("q", 1_205, 50, 10, UnitOfSale.Metre).ShouldNotBeNull();
        loose.English.ShouldBe("Order in whole cases of 10 metres: 1,210 metres would do.");
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (vi, vi);
            string.Format(vi, "{0}; {1}", loose.Args).ShouldBe("10 mét; 1.210 mét");
        }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous; }
    }

    [Fact]
    public void Quantities_outside_1_to_a_million_are_refused_whatever_the_terms()
    {
        Gen.Select(Terms, Gen.OneOf(Gen.Long[long.MinValue, 0], Gen.Long[OrderRules.MaxQuantity + 1L, long.MaxValue])).Sample(t =>
        {
            var ((moq, size), quantity) = t;
            OrderRules.Quantity("q", quantity, moq, size, UnitOfSale.Piece).ShouldNotBeNull().English.ShouldBe("Enter a quantity from 1 to 1,000,000.");
        });
    }

    [Fact]
    public void The_earliest_date_is_today_plus_the_longest_lead_time()
    {
        Gen.Select(Gen.Int[0, 3_000], Gen.Int[0, 365].Array[1, 20]).Sample(t =>
        {
            var (day, leads) = t;
            var today = new DateOnly(2026, 1, 1).AddDays(day);
            OrderRules.Earliest(today, leads).ShouldBe(today.AddDays(leads.Max()));
        });
    }

    [Fact]
    public void Every_message_a_buyer_can_meet_is_translated_into_vietnamese_french_and_japanese()
    {
        var keys = typeof(OrderRules).GetFields().Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!)
            .Concat([BuyerContacts.NotABuyer, "This product is not in the village's published catalogue.", "Name the destination port for CIF or CFR."])
            .ToList();
        keys.Count.ShouldBeGreaterThan(5);
        var assembly = typeof(OrderRules).Assembly;
        foreach (var language in new[] { "vi", "fr", "ja" })
        {
            var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith($"Pages.InquiryList.i18n.{language}.json", StringComparison.Ordinal));
            using var stream = assembly.GetManifestResourceStream(name)!;
            var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
            foreach (var key in keys) texts.ShouldContainKey(key, $"{language}: \"{key}\"");
        }
    }
}

using CraftMarket.Catalogue.Domain;
using CraftMarket.SharedKernel.Results;
using static CraftMarket.Catalogue.Tests.Domain.ProductBuilder;

namespace CraftMarket.Catalogue.Tests.Domain;

public sealed class ProductRulesTests
{
    private static IReadOnlyDictionary<string, string[]> Invalid(ProductDetails details)
    {
        var result = details.Validate();
        result.IsFailure.ShouldBeTrue();
        result.Error!.Kind.ShouldBe(ErrorKind.Validation);
        return result.Error.Fields!;
    }

    [Fact]
    public void A_valid_product_is_trimmed_and_its_SKUs_upper_cased() =>
        (Details() with { Sku = "  bt-vas-1 " }).Validate().Value!.ShouldSatisfyAllConditions(
            d => d.Sku.ShouldBe("BT-VAS-1"), d => d.Variants[0].Sku.ShouldBe("BT-VAS-1-S"), d => d.HsCode.ShouldBe("691390"));

    [Fact]
    public void Vietnamese_name_and_description_are_required_to_save_English_is_not()
    {
        Invalid(Details() with { Name = new LocalizedText(" ", "Vase") }).Keys.ShouldContain("name.vi");
        Invalid(Details() with { Description = new LocalizedText("", "A vase") }).Keys.ShouldContain("description.vi");
        (Details() with { Name = new LocalizedText("Bình"), Description = new LocalizedText("Bình gốm") }).Validate().IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Households_submit_in_Vietnamese_only_and_English_is_required_to_approve_every_text_written_in_Vietnamese()
    {
        var draft = Draft(Details() with { Name = new LocalizedText("Bình"), Technique = new LocalizedText("Men rạn") });
        draft.Submit(Producer, Now).IsSuccess.ShouldBeTrue("a household never has to write English (ADR 0068)");
        draft.Status.ShouldBe(Contracts.ProductStatus.Submitted);
        draft.NeedsTranslationInto("en").ShouldBeTrue();

        var approved = draft.Approve(Admin, Now);
        approved.Error!.Fields!.Keys.ShouldBe(["name.en", "technique.en"], ignoreOrder: true);
        draft.Status.ShouldBe(Contracts.ProductStatus.Submitted, "not published without English");

        draft.Edit(draft.Details with { Name = new LocalizedText("Bình", "Vase"), Technique = new LocalizedText("Men rạn", "Crackle glaze") }, Admin, Now)
            .Value.ShouldBe(Visibility.Unchanged);
        draft.NeedsTranslationInto("en").ShouldBeFalse();
        draft.NeedsTranslationInto("fr").ShouldBeTrue("French is not written yet, and does not block publishing");
        draft.Approve(Admin, Now).IsSuccess.ShouldBeTrue();
        draft.Status.ShouldBe(Contracts.ProductStatus.Published);
    }

    [Theory]
    [InlineData(10, 400_000, 400, 360_000, "priceBreaks[0].minQuantity")]        // first break below the minimum order (20)
    [InlineData(100, 390_000, 100, 360_000, "priceBreaks[1].minQuantity")]       // quantities must go up
    [InlineData(100, 390_000, 400, 395_000, "priceBreaks[1].unitPriceVnd")]      // a larger quantity cannot cost more
    [InlineData(100, 450_000, 400, 360_000, "priceBreaks[0].unitPriceVnd")]      // a break above the base price
    public void Price_breaks_reward_buying_more(int q1, long p1, int q2, long p2, string field) =>
        Invalid(Details() with { PriceBreaks = [Tier(q1, p1), Tier(q2, p2)] }).Keys.ShouldContain(field);

    [Fact]
    public void The_minimum_order_is_a_whole_number_of_cases() =>
        Invalid(Details() with { MinimumOrderQuantity = 22, OrderMultiple = 4, PriceBreaks = [] }).Keys.ShouldContain("minimumOrderQuantity");

    [Fact]
    public void Each_variant_needs_its_own_SKU_unused_elsewhere_in_the_product()
    {
        var fields = Invalid(Details() with
        {
            Sku = "BT-1",
            Variants = [new("BT-1", "S", null), new("bt-2", "M", null), new("BT-2", "L", null), new("", "XL", null), new("BT-5", null, null)],
        });
        fields.Keys.ShouldBe(["variants[0].sku", "variants[2].sku", "variants[3].sku", "variants[4].size"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("6913.10", true)]
    [InlineData("9403 60 90", true)]
    [InlineData("69131", false)]
    [InlineData("69131000001", false)]
    [InlineData("6913.1A", false)]
    public void HS_codes_have_6_to_10_digits(string code, bool valid) =>
        (Details() with { HsCode = code }).Validate().IsSuccess.ShouldBe(valid);

    [Fact]
    public void A_product_needs_a_maker_and_a_producer_creates_only_for_their_own_member()
    {
        Invalid(Details() with { Makers = [] }).Keys.ShouldContain("makers");
        Product.Create(Tenant, Details() with { Makers = [OtherMaker] }, Producer, Now).Error!.Fields!.Keys.ShouldContain("makers");
        Product.Create(Tenant, Details() with { Makers = [OtherMaker] }, Admin, Now).IsSuccess.ShouldBeTrue();
        Draft().Sku.ShouldStartWith("P-", customMessage: "a SKU is made when none is given");
    }

    [Fact]
    public void The_lowest_reachable_price_is_the_last_break() => Draft().LowestPrice.ShouldBe(Vnd(360_000));
}

using CraftMarket.Catalogue.Domain;

namespace CraftMarket.Catalogue.Tests.Domain;

public sealed class CategoryRulesTests
{
    [Fact]
    public void A_category_needs_its_Vietnamese_name_and_is_retired_only_when_empty()
    {
        Category.Create(ProductBuilder.Tenant, new LocalizedText("", "Vases"), 1).Error!.Fields!.Keys.ShouldContain("name.vi");
        var c = Category.Create(ProductBuilder.Tenant, new LocalizedText(" Bình hoa ", "Vases"), 1).Value!;
        c.Name.Vi.ShouldBe("Bình hoa");
        c.CapacityKey.ShouldBe("binh hoa");
        c.Retire(3).Error!.Code.ShouldBe("category_in_use");
        c.Retire(0).IsSuccess.ShouldBeTrue();
        c.Retired.ShouldBeTrue();
    }
}

using CraftMarket.Orders.Features.Inspections;

namespace CraftMarket.Orders.Tests.Inspections;

public sealed class DefectTypesTests
{
    [Fact]
    public void Each_craft_has_stable_keys_with_Vietnamese_and_English_names()
    {
        DefectTypes.Ceramics.Select(d => d.Key).ShouldBe(["crack", "glaze-run", "pinhole", "colour-off", "chip", "warping", "other"]);
        DefectTypes.Textiles.Select(d => d.Key).ShouldBe(["weaving-fault", "stain", "colour-off", "loose-thread", "size-off", "other"]);
        DefectTypes.Ceramics.Single(d => d.Key == "glaze-run").Vi.ShouldBe("Chảy men");
        DefectTypes.Textiles.Single(d => d.Key == "loose-thread").Vi.ShouldBe("Sổ chỉ");
        foreach (var d in DefectTypes.Ceramics.Concat(DefectTypes.Textiles).Concat(DefectTypes.General))
        {
            d.Vi.ShouldNotBeNullOrWhiteSpace();
            d.En.ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void The_associations_own_list_takes_known_keys_and_names_as_written()
    {
        var list = DefectTypes.FromSettings(["crack", "Rạn men không đều", " CRACK ", "", "Rạn men không đều"]);
        list.Select(d => d.Key).ShouldBe(["crack", "ran-men-khong-deu"]);
        list[0].Vi.ShouldBe("Nứt");
        list[1].Vi.ShouldBe("Rạn men không đều");
    }

    [Theory]
    [InlineData("Bình gốm men rạn", "Ceramics")]
    [InlineData("Silk scarf, jacquard", "Textiles")]
    [InlineData("Khăn lụa tơ tằm", "Textiles")]
    [InlineData("Carved wooden box", "General")]
    [InlineData("Khăn lửa", "General")]
    public void Without_an_association_the_work_description_tells_the_craft(string description, string craft) =>
        DefectTypes.CraftOf(description, null).ToString().ShouldBe(craft);
}

using CraftMarket.SharedKernel.Text;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features;
using CraftMarket.Members.Contracts;

namespace CraftMarket.Catalogue.Tests.Domain;

public sealed class CapacityTests
{
    private static MakerProfile Maker(MemberStatus status, params (string Category, int Quantity)[] capacities) =>
        new(MemberId.New(), "Hộ", "Bát Tràng", MemberKind.Household, status, status == MemberStatus.Active,
            [.. capacities.Select(c => new DeclaredCapacity(c.Category, c.Quantity, "chiếc"))]);

    private static MakerProfile Private(MemberStatus status = MemberStatus.Active) =>
        new(MemberId.New(), "Hộ", "Bát Tràng", MemberKind.Household, status, status == MemberStatus.Active, null);

    [Theory]
    [InlineData("Bình hoa", "binh hoa")]
    [InlineData("  BÌNH   HOA ", "binh hoa")]
    [InlineData("Đĩa", "dia")]
    [InlineData("Bộ ấm chén", "bo am chen")]
    public void Folding_ignores_case_tone_marks_and_spacing(string text, string folded) => TextFolding.Fold(text).ShouldBe(folded);

    [Fact]
    public void Capacity_is_the_sum_of_active_makers_declarations_for_the_category()
    {
        var vases = Category.Create(ProductBuilder.Tenant, new LocalizedText("Bình hoa", "Vases"), 1).Value!;
        var makers = new[]
        {
            Maker(MemberStatus.Active, ("bình hoa", 4000), ("bộ ấm chén", 1500)),
            Maker(MemberStatus.Active, ("Binh Hoa", 3000)),
            Maker(MemberStatus.Deactivated, ("bình hoa", 9999)),
            Maker(MemberStatus.Active, ("lọ hoa", 800)),
        };
        MakerCapacity.For(vases, makers).ShouldBe(7000);
        MakerCapacity.For(vases, [makers[3]]).ShouldBeNull("nobody declared vases");
    }

    [Fact]
    public void Only_active_makers_published_figures_count_and_a_private_maker_marks_the_figure_partial()
    {
        var vases = Category.Create(ProductBuilder.Tenant, new LocalizedText("Bình hoa", "Vases"), 1).Value!;
        var open = Maker(MemberStatus.Active, ("bình hoa", 4000));
        var invited = Maker(MemberStatus.Invited, ("bình hoa", 500));

        MakerCapacity.For(vases, [Private()]).ShouldBeNull("a single private household's figure is never shown");
        MakerCapacity.For(vases, [open, Private(), invited]).ShouldBe(4000, "an invited member makes nothing yet");
        MakerCapacity.IsPartial([open, Private()]).ShouldBeTrue();
        MakerCapacity.IsPartial([open, Private(MemberStatus.Deactivated)]).ShouldBeFalse("a deactivated member makes nothing");
        MakerCapacity.IsPartial([open]).ShouldBeFalse();
    }
}

using System.Globalization;
using System.Text;
using CraftMarket.SharedKernel.Text;

namespace CraftMarket.SharedKernel.Tests;

/// <summary>The union of the catalogue's capacity keys and search's folded words, plus product slugs.</summary>
public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Bình hoa", "binh hoa")]
    [InlineData("  BÌNH   HOA ", "binh hoa")]
    [InlineData("Đĩa", "dia")]
    [InlineData("Bộ ấm chén", "bo am chen")]
    [InlineData("gốm men rạn", "gom men ran")]
    [InlineData("Đồng Kỵ", "dong ky")]
    [InlineData("lụa Vạn Phúc", "lua van phuc")]
    [InlineData("Bình\thoa\n", "binh hoa")]
    [InlineData("Ceramic vase", "ceramic vase")]
    public void Folding_drops_case_marks_and_extra_spaces_and_turns_đ_into_d(string text, string folded) =>
        TextFolding.Fold(text).ShouldBe(folded);

    [Fact]
    public void Marks_typed_decomposed_fold_like_composed_ones() =>
        TextFolding.Fold("Bình hoa".Normalize(NormalizationForm.FormD)).ShouldBe(TextFolding.Fold("Bình hoa"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Nothing_folds_to_nothing(string? text) => TextFolding.Fold(text).ShouldBe("");

    [Fact]
    public void Folding_does_not_depend_on_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");   // where "I".ToLower() is a dotless ı
            TextFolding.Fold("BÌNH IN").ShouldBe("binh in");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("Bình hút lộc men rạn", "binh-hut-loc-men-ran")]
    [InlineData("Đũa tre — bộ 10 đôi!", "dua-tre-bo-10-doi")]
    [InlineData("  Silk scarf  ", "silk-scarf")]
    [InlineData("花瓶", "")]
    public void A_slug_keeps_ascii_letters_and_digits_and_one_dash_between_words(string text, string slug) =>
        TextFolding.Slug(text).ShouldBe(slug);

    [Fact]
    public void A_slug_is_cut_at_its_length_without_a_trailing_dash() =>
        TextFolding.Slug("gom men ran", maxLength: 4).ShouldBe("gom");
}

using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Translation;

namespace CraftMarket.Catalogue.Tests.Translation;

public sealed class TranslationMemoryRulesTests
{
    [Fact]
    public void Phrases_meet_after_folding_marks_case_spaces_and_end_punctuation()
    {
        TranslationMemoryEntry.Key("Men rạn  CỔ.").ShouldBe(TranslationMemoryEntry.Key("men ran co"));
        TranslationMemoryEntry.Key("Đồng").ShouldBe("dong");
        TranslationMemoryEntry.Key("men rạn").ShouldNotBe(TranslationMemoryEntry.Key("men lam"));
    }

    [Fact]
    public void Texts_are_cut_into_sentences_and_lines()
    {
        Segments.Of("Bình gốm men rạn. Nung ở lò gas!\nVẽ tay; men lam").ShouldBe(["Bình gốm men rạn.", "Nung ở lò gas!", "Vẽ tay;", "men lam"]);
        Segments.Of("Bình 30.5 cm").ShouldBe(["Bình 30.5 cm"], "a decimal point is no sentence end");
        Segments.Of("  ").ShouldBeEmpty();
    }

    [Fact]
    public void Similar_means_at_most_about_one_edit_in_ten_characters()
    {
        TranslationMemory.Similarity("nung o lo gas", "nung o lo gaz").ShouldBeGreaterThanOrEqualTo(0.9);
        TranslationMemory.Similarity("nung o lo gas", "nung o lo dien").ShouldBeLessThan(0.9);
        TranslationMemory.Similarity("", "x").ShouldBe(0);
    }
}

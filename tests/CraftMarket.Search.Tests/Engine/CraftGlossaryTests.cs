using CraftMarket.Search.Glossary;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.Extensions.Caching.Memory;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>The glossary read as a dictionary from Vietnamese for translators (ADR 0068), over the default glossary.</summary>
public sealed class CraftGlossaryTests
{
    // No tenant: the cache answers the default glossary without a database.
    private static readonly CraftGlossary Glossary = new(new GlossaryCache(new MemoryCache(new MemoryCacheOptions()), null!), new TenantContext());

    [Theory]
    [InlineData("men rạn", "vi")]
    [InlineData("men lam", "vi")]      // unmarked, but every syllable is Vietnamese
    [InlineData("tre", "vi")]
    [InlineData("chén", "vi")]         // é is a Vietnamese tone here: chén is one Vietnamese syllable
    [InlineData("cup", "latin")]       // an unmarked syllable ending in p is never Vietnamese
    [InlineData("crackle glaze", "latin")]
    [InlineData("céramique", "fr")]
    [InlineData("陶器", "ja")]
    [InlineData("スカーフ", "ja")]
    public void A_terms_language_is_read_from_the_term(string term, string language) => GlossaryLanguages.Of(term).ShouldBe(language);

    [Fact]
    public void A_group_answers_its_words_per_language_in_the_glossarys_order()
    {
        IReadOnlyList<string> ceramics = ["gốm", "gốm sứ", "ceramic", "ceramics", "pottery", "céramique", "陶器"];
        GlossaryLanguages.In(ceramics, "en").ShouldBe(["ceramic", "ceramics", "pottery"]);
        GlossaryLanguages.In(ceramics, "fr").ShouldBe(["céramique"]);
        GlossaryLanguages.In(ceramics, "ja").ShouldBe(["陶器"]);
        GlossaryLanguages.In(ceramics, "vi").ShouldBe(["gốm", "gốm sứ"]);
        IReadOnlyList<string> blueAndWhite = ["men lam", "hoa lam", "blue and white", "bleu et blanc"];
        GlossaryLanguages.In(blueAndWhite, "en").ShouldBe(["blue and white"], "plain words: the first is English...");
        GlossaryLanguages.In(blueAndWhite, "fr").ShouldBe(["bleu et blanc"], "...and the last French");
        GlossaryLanguages.In(["bàn", "table"], "fr").ShouldBeEmpty();
    }

    [Fact]
    public async Task Terms_are_found_as_whole_words_with_their_marks_longest_first()
    {
        var found = await Glossary.FindAsync("Bình gốm sứ men rạn, vẽ men lam. Men rán không phải men.", "en", CancellationToken.None);
        found.Select(t => t.Source).ShouldBe(["Bình", "gốm sứ", "men rạn", "men lam"], "gốm sứ, not gốm and sứ; men rán is another word");
        found.Single(t => t.Source == "men rạn").Targets.ShouldContain("crackle glaze");
        found.Single(t => t.Source == "men rạn").Start.ShouldBe(12);
        found.Single(t => t.Source == "Bình").Targets.ShouldContain("vase");
        (await Glossary.FindAsync("lụa tơ tằm", "fr", CancellationToken.None)).Select(t => t.Targets[0]).ShouldBe(["soie", "soie"]);
        (await Glossary.FindAsync("bìnhgốm", "en", CancellationToken.None)).ShouldBeEmpty("inside a word is no term");
    }
}

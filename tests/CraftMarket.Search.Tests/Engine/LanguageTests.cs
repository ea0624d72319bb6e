using CraftMarket.SharedKernel.Text;
using CraftMarket.Search.Analysis;
using CraftMarket.Search.Tests.Support;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>Vietnamese folding, English stemming, exact-mark ranking, glossary synonyms, typos, autocomplete: on a real index.</summary>
public sealed class LanguageTests : IDisposable
{
    private readonly LuceneFixture index = new();

    [Theory]
    [InlineData("gốm men rạn", "gom men ran")]
    [InlineData("Đồng Kỵ", "dong ky")]
    [InlineData("lụa Vạn Phúc", "lua van phuc")]
    public void Folding_removes_marks_and_turns_đ_into_d(string text, string folded) => TextFolding.Fold(text).ShouldBe(folded);

    [Fact]
    public async Task A_query_without_marks_finds_text_with_them_including_đ()
    {
        await index.Add(Products.Make("Bình gốm men rạn", "Crackle vase"), Products.Make("Tủ gỗ Đồng Kỵ chạm rồng", "Carved dragon cabinet"),
            Products.Make("Khăn lụa tơ tằm", "Silk scarf"));
        (await index.Names("gom men ran")).ShouldContain("Crackle vase");
        (await index.Names("dong ky")).ShouldBe(["Carved dragon cabinet"]);
        (await index.Names("khan lua")).ShouldBe(["Silk scarf"]);
    }

    [Fact]
    public async Task A_query_with_marks_ranks_exact_spellings_above_folded_ones()
    {
        // Indexed cricket first, so an engine that ignored marks would tie and keep it first (ids ascend).
        await index.Add(Products.Make("Tượng con dế gốm", "Ceramic cricket figurine"), Products.Make("Tượng con dê gốm", "Ceramic goat figurine"));
        (await index.Names("con dê"))[0].ShouldBe("Ceramic goat figurine");
        (await index.Names("con dế"))[0].ShouldBe("Ceramic cricket figurine");
        (await index.Names("con de")).Count.ShouldBe(2, "without marks both match");
    }

    [Fact]
    public async Task English_is_stemmed_both_ways_including_irregular_plurals()
    {
        await index.Add(Products.Make("Bình hoa", "Tall vase", descEn: "A vase for flowers"), Products.Make("Khăn lụa", "Silk scarves", category: "Scarves"));
        (await index.Names("vases")).ShouldBe(["Tall vase"]);
        (await index.Names("scarf")).ShouldBe(["Silk scarves"]);
    }

    [Fact]
    public async Task The_glossary_finds_products_across_languages_and_edits_apply_without_reindex()
    {
        await index.Add(Products.Make("Bình gốm men rạn", "Crackle vase", descEn: "Stoneware with a crackle glaze"),
            Products.Make("Khay sơn mài", "Lacquer tray"), Products.Make("Khăn lụa", "Silk scarf"));
        (await index.Names("men rạn")).ShouldContain("Crackle vase");
        (await index.Names("crackle glaze")).ShouldContain("Crackle vase");
        (await index.Names("sơn mài")).ShouldBe(["Lacquer tray"]);
        (await index.Names("lacquer")).ShouldBe(["Lacquer tray"]);
        (await index.Names("silk")).ShouldBe(["Silk scarf"]);

        index.Glossary = [];
        (await index.Names("lụa")).ShouldBe(["Silk scarf"], "Vietnamese name still matches on its own");
        index.Glossary = [["khay", "platter"]];
        (await index.Names("platter")).ShouldBe(["Lacquer tray"], "a new glossary group works on the next query");
    }

    [Fact]
    public async Task Typos_are_forgiven_for_longer_words_only()
    {
        await index.Add(Products.Make("Bình gốm", "Porcelain vase"), Products.Make("Bát", "Rice bowl"), Products.Make("Ghế", "Embroidered cushion"));
        (await index.Names("porcelian")).ShouldBe(["Porcelain vase"], "transposition, 9 letters: 2 edits allowed");
        (await index.Names("embroiderd")).ShouldBe(["Embroidered cushion"]);
        (await index.Names("bawl")).ShouldBeEmpty("four letters: no typo tolerance");
    }

    [Fact]
    public async Task French_and_Japanese_fields_are_searchable_when_present()
    {
        await index.Add(Products.Make("Bình gốm", "Vase", nameFr: "Vases craquelés", nameJa: "陶器の花瓶"), Products.Make("Khăn", "Scarf", category: "Scarves"));
        (await index.Names("vase craquelé")).ShouldBe(["Vase"]);
        (await index.Names("花瓶")).ShouldBe(["Vase"]);
    }

    [Fact]
    public async Task Autocomplete_offers_names_by_prefix_folded()
    {
        await index.Add(Products.Make("Bình gốm men rạn", "Crackle vase"), Products.Make("Bình hút lộc", "Fortune jar"), Products.Make("Khăn lụa", "Silk scarf"));
        var suggestions = await index.Engine.SuggestAsync(new Contracts.SuggestQuery("binh", null, "vi"), [], default);
        suggestions.Select(s => s.Text).Order().ShouldBe(["Bình gốm men rạn", "Bình hút lộc"]);
        (await index.Engine.SuggestAsync(new Contracts.SuggestQuery("cra", null, "en"), [], default)).Select(s => s.Text).ShouldBe(["Crackle vase"]);
    }

    [Fact]
    public async Task Nothing_found_offers_a_correction_that_finds_something()
    {
        await index.Add(Products.Make("Bình gốm", "Porcelain vase"), Products.Make("Khăn lụa", "Silk scarf"));
        (await index.Search("porcelxxn")).Total.ShouldBe(1, "two typos in nine letters are forgiven outright");
        var result = await index.Search("vaze");
        result.Total.ShouldBe(0, "four letters: no typo tolerance in the search itself");
        result.DidYouMean.ShouldBe("vase");
        (await index.Search("qqqqqq")).DidYouMean.ShouldBeNull();
    }

    [Fact]
    public async Task Snippets_mark_matched_words_and_escape_html()
    {
        await index.Add(Products.Make("Bình", "Crackle vase", descEn: "A <b>tall</b> stoneware vase with crackle glaze, fired in Bát Tràng."));
        var hit = (await index.Search("crackle vases")).Hits.Single();
        hit.Snippet.ShouldContain("<mark>crackle</mark>");
        hit.Snippet.ShouldContain("<mark>vase</mark>");
        hit.Snippet.ShouldContain("&lt;b&gt;tall&lt;/b&gt;");
    }

    public void Dispose() => index.Dispose();
}

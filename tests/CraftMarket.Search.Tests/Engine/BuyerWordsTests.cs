using CraftMarket.Search.Contracts;
using CraftMarket.Search.Domain;
using CraftMarket.Search.Glossary;
using CraftMarket.Search.Querying;
using CraftMarket.Search.Tests.Support;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>
/// Issue 17 on a real Lucene index through the same fallbacks the module runs: a stray word does not
/// empty the page, compounds either way, the new default synonyms, and a typo of a word only the glossary knows.
/// </summary>
public sealed class BuyerWordsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);
    private readonly LuceneFixture index = new();

    /// <summary>
    /// A product of one village whose place of origin ("Vạn Phúc") shares no word with the queries:
    /// "Bát Tràng" would match "bát", the bowl that "dinnerware" and "bowl" also stand for.
    /// </summary>
    private static Catalogue.Contracts.PublishedProduct Make(string vi, string en, string category = "Goods") =>
        Products.Make(vi, en, Products.VanPhuc, "van-phuc", category: category);

    private Task<SearchResult> Search(string text) =>
        SearchFallbacks.RunAsync(index.Engine, new SearchQuery(text, null, new Dictionary<string, IReadOnlyList<string>>()), index.Glossary, [], default);

    private async Task<List<string>> Names(string text) => [.. (await Search(text)).Hits.Select(h => h.Name)];

    [Fact]
    public async Task Two_stray_words_still_find_the_products_that_match_the_most_words()
    {
        await index.Add(Make("Bát men ngọc", "Celadon bowl"), Make("Bát men lam", "Blue bowl"),
            Make("Đĩa men ngọc", "Celadon plate"));
        (await index.Search("cheap celadon bowl for my kitchen")).Total.ShouldBe(0, "the engine alone requires all words but one");
        (await Names("cheap celadon bowl for my kitchen")).ShouldBe(["Celadon bowl"], "two of five words match: only what matches both");
        (await Names("celadon bowl")).ShouldBe(["Celadon bowl"], "a query that matches is never widened");
    }

    [Fact]
    public async Task Compounds_are_found_written_either_way()
    {
        await index.Add(Make("Bộ ấm chén", "Porcelain tea set, teapot and 6 cups"), Make("Chậu cây", "Brown planter"),
            Make("Tượng gỗ", "Statue", category: "Wood carvings"), Make("Thảm", "Woven carpet"));
        (await Names("tea pot")).ShouldBe(["Porcelain tea set, teapot and 6 cups"], "the planter is a pot, but not a tea pot");
        (await Names("teaset")).ShouldBe(["Porcelain tea set, teapot and 6 cups"]);
        (await Names("woodcarving")).ShouldBe(["Statue"]);
        QueryPlanner.Plan("carpet", []).Concepts.Single().Alternatives.Select(a => a.Text).ShouldBe(["carpet"], "car and pet are not craft words");
    }

    [Fact]
    public async Task New_default_synonyms_find_what_the_villages_make()
    {
        await index.Add(Make("Khăn lụa", "Silk scarf"),
            Make("Vỏ gối lụa", "Silk cushion cover"),
            Make("Bát men lam", "Blue bowl"), Make("Đĩa men lam", "Blue plate"), Make("Bình gốm", "Vase"));
        (await Names("pashmina")).ShouldBe(["Silk scarf"]);
        (await Names("pillowcase")).ShouldBe(["Silk cushion cover"]);
        (await Names("dinnerware")).ShouldBe(["Blue bowl", "Blue plate"], ignoreOrder: true, "a word in several groups stands for all of them");
        (await Names("bowl")).ShouldBe(["Blue bowl"], "the groups a hypernym joins do not join each other");
    }

    [Fact]
    public async Task A_typo_of_a_word_only_the_glossary_knows_is_corrected_searched_and_offered()
    {
        await index.Add(Make("Khăn lụa", "Silk scarf"), Make("Bình gốm", "Vase"));
        (await index.Search("pashmna")).Total.ShouldBe(0, "no product says pashmina, so the engines' typo tolerance cannot reach it");
        var result = await Search("pashmna");
        result.Hits.Select(h => h.Name).ShouldBe(["Silk scarf"]);
        result.DidYouMean.ShouldBe("pashmina");
        QueryPlanner.GlossaryCorrection("pashmna vase", DefaultGlossary.Groups).ShouldBe("pashmina vase");
        QueryPlanner.GlossaryCorrection("platters", [["plate", "đĩa"]]).ShouldBeNull("three edits from \"plate\": more than an eight-letter word may have");
        QueryPlanner.GlossaryCorrection("vaze", DefaultGlossary.Groups).ShouldBeNull("four letters: no typo tolerance, as in the engines");
        QueryPlanner.GlossaryCorrection("lụaa", DefaultGlossary.Groups).ShouldBeNull("a word typed with marks is meant as written");
    }

    [Fact]
    public void Every_default_group_is_a_valid_glossary_entry()
    {
        foreach (var group in DefaultGlossary.Groups)
            GlossaryEntry.Create(Products.BatTrang, group, Now).IsSuccess.ShouldBeTrue(string.Join(", ", group));
    }

    public void Dispose() => index.Dispose();
}

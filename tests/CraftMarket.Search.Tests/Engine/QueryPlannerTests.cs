using CraftMarket.Search.Querying;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>What the planner hands both engines: glossary alternatives, typo tolerance, and what it leaves out.</summary>
public sealed class QueryPlannerTests
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Glossary = [["chạm khắc", "khắc", "carved"], ["gốm", "gốm sứ", "ceramic"], ["lụa", "silk"]];

    private static List<string> Alternatives(string text) =>
        [.. QueryPlanner.Plan(text, Glossary).Concepts.Single().Alternatives.Select(a => a.Text)];

    [Fact]
    public void A_glossary_phrase_containing_another_alternative_is_left_out()
    {
        Alternatives("carved").ShouldBe(["carved", "khắc"], ignoreOrder: true, "\"chạm khắc\" matches only where \"khắc\" does");
        Alternatives("gom").ShouldBe(["gom", "ceramic"], ignoreOrder: true);
    }

    [Fact]
    public void The_buyers_own_phrase_is_kept_even_when_a_synonym_is_part_of_it()
    {
        Alternatives("chạm khắc").ShouldBe(["chạm khắc", "khắc", "carved"], ignoreOrder: true);
    }

    [Fact]
    public void Only_the_buyers_longer_words_are_typo_tolerant()
    {
        var plan = QueryPlanner.Plan("ceramic", Glossary).Concepts.Single().Alternatives;
        plan.Single(a => a.Text == "ceramic").MaxEdits.ShouldBe(1);
        plan.Where(a => a.IsSynonym).ShouldAllBe(a => a.MaxEdits == 0);
    }

    [Fact]
    public void Relaxing_requires_one_word_fewer_down_to_one()
    {
        var plan = QueryPlanner.Plan("carved rosewood cabinet", Glossary);
        plan.MinimumMatch.ShouldBe(3);
        plan.Relaxed()!.MinimumMatch.ShouldBe(2);
        plan.Relaxed()!.Concepts.ShouldBe(plan.Concepts);
        QueryPlanner.Plan("rosewood", Glossary).Relaxed().ShouldBeNull();
    }

    [Fact]
    public void A_word_typed_with_marks_matches_glossary_terms_as_written_and_one_without_matches_them_folded()
    {
        Alternatives("lửa").ShouldBe(["lửa"], "fire is not silk, though both fold to \"lua\"");
        Alternatives("lụa").ShouldBe(["lụa", "silk"], ignoreOrder: true);
        Alternatives("lua").ShouldBe(["lua", "silk"], ignoreOrder: true);
        Alternatives("chạm khac").ShouldBe(["chạm khac", "khắc", "carved"], ignoreOrder: true, "each word by its own marks");
    }

    [Fact]
    public void A_stop_word_typed_with_marks_is_a_vietnamese_word()
    {
        QueryPlanner.Plan("con dê", []).Concepts.ShouldAllBe(c => !c.Optional, "\"dê\" is a goat, not the French \"de\"");
        QueryPlanner.Plan("vase de fleurs", []).Concepts[1].Optional.ShouldBeTrue();
    }
}

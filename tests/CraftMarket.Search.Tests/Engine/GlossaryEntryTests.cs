using CraftMarket.Search.Domain;
using CraftMarket.Search.Tests.Support;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>What a glossary entry stores from what an association typed.</summary>
public sealed class GlossaryEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Blank_and_repeated_words_are_dropped_not_stored_as_empty_terms()
    {
        var entry = GlossaryEntry.Create(Products.BatTrang, ["gốm", "  ", "ceramic", " Gốm ", ""], Now).Value!;
        entry.Terms.ShouldBe(["gốm", "ceramic"]);

        entry.Change(["\t", "lụa", "silk", " "], Now.AddDays(1)).IsSuccess.ShouldBeTrue();
        entry.Terms.ShouldBe(["lụa", "silk"]);
        entry.UpdatedAt.ShouldBe(Now.AddDays(1));
    }

    [Fact]
    public void Blank_words_do_not_count_towards_the_two_a_group_needs()
    {
        GlossaryEntry.Create(Products.BatTrang, ["gốm", " ", "\n"], Now).IsFailure.ShouldBeTrue();
    }
}

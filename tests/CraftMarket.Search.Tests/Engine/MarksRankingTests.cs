using CraftMarket.Search.Tests.Support;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>A word typed with marks ranks its exact spelling first, even where the folded twin is in many names.</summary>
public sealed class MarksRankingTests : IDisposable
{
    private readonly LuceneFixture lucene = new();

    [Fact]
    public async Task An_exact_word_in_a_description_outranks_its_folded_twin_in_names()
    {
        var silks = Enumerable.Range(0, 8).Select(i => Products.Make($"Khăn lụa {i}", $"Silk scarf {i}", descVi: "Khăn lụa dệt tay")).ToArray();
        var jar = Products.Make("Hũ men hoa biến", "Flambé jar", descVi: "Men đổi màu theo ngọn lửa trong lò");
        await lucene.Add([.. silks, jar]);

        var fire = await lucene.Search("lửa");
        fire.Hits[0].ProductId.ShouldBe(jar.Id.ToString(), "\"lửa\" (fire) is written in the jar's description; the scarves' names say \"lụa\" (silk)");
        fire.Total.ShouldBe(9, "the folded copies still find the rest");
        (await lucene.Search("lụa")).Hits.Take(8).ShouldAllBe(h => h.ProductId != jar.Id.ToString());
    }

    public void Dispose() => lucene.Dispose();
}

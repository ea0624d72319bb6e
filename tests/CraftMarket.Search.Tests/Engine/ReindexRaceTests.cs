using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Tests.Support;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>
/// A village rebuilt while events keep arriving: the catalogue snapshot is read first, and events
/// delivered while it is read (a newer version, a withdrawal, a new product) must survive the
/// rebuild, while searchers never see the village shrink.
/// </summary>
public sealed class ReindexRaceTests : IDisposable
{
    private readonly LuceneFixture lucene = new();

    [Fact]
    public async Task Events_delivered_mid_rebuild_survive_it_and_searchers_never_see_the_village_shrink()
    {
        var products = Enumerable.Range(0, 10).Select(i => Products.Make($"Bình men lam {i}", $"Blue vase {i}")).ToArray();
        var old = Products.Make("Chum cũ", "Old jar that the catalogue dropped");
        await lucene.Add([.. products, old]);
        var (updated, withdrawn) = (products[3], products[5]);
        var newer = updated with { Name = new Dictionary<string, string> { ["vi"] = "Bình men lam mới", ["en"] = "Renamed blue vase" },
            UpdatedAt = updated.UpdatedAt.AddHours(1) };
        var added = Products.Make("Bình men lam đến muộn", "Late blue vase");

        var midway = new TaskCompletionSource();
        var resume = new TaskCompletionSource();
        var rebuild = lucene.Engine.ReplaceTenantAsync(Products.BatTrang, Snapshot(products, midway.Task, resume), default);

        var smallest = long.MaxValue;
        var searches = 0;
        var watcher = Task.Run(async () =>
        {
            while (!rebuild.IsCompleted)
            {
                smallest = Math.Min(smallest, (await lucene.Search(null, Products.BatTrang)).Total);
                searches++;
            }
        });

        await resume.Task;   // the snapshot is half read: deliver events as the outbox would
        await lucene.Engine.UpsertAsync([added.Indexed()], default);
        await lucene.Engine.UpsertAsync([newer.Indexed()], default);
        await lucene.Engine.RemoveAsync(withdrawn.Id, default);
        midway.SetResult();
        await rebuild;
        await watcher;

        searches.ShouldBeGreaterThan(0);
        smallest.ShouldBeGreaterThanOrEqualTo(10, "the old jar leaves only with the rebuild's commit, the late vase arrived before the withdrawal");
        var ids = (await lucene.Search(null, Products.BatTrang, pageSize: 50)).Hits.Select(h => h.ProductId).ToList();
        ids.ShouldNotContain(old.Id.ToString(), "the catalogue no longer lists it");
        ids.ShouldNotContain(withdrawn.Id.ToString(), "withdrawn while the snapshot was read: the snapshot must not bring it back");
        ids.ShouldContain(added.Id.ToString(), "published while the snapshot was read: not in it, but not stale either");
        ids.Count.ShouldBe(10);
        (await lucene.Names("renamed blue vase")).ShouldBe(["Renamed blue vase"], "the snapshot's older copy must not overwrite the event's");
    }

    [Fact]
    public async Task An_older_version_never_replaces_a_newer_one_but_a_redelivery_of_the_same_does()
    {
        var vase = Products.Make("Bình", "First vase");
        var renamed = vase with { Name = new Dictionary<string, string> { ["vi"] = "Bình", ["en"] = "Second vase" }, UpdatedAt = vase.UpdatedAt.AddMinutes(5) };
        await lucene.Add(renamed);
        await lucene.Add(vase);   // a late, older event
        (await lucene.Names("vase")).ShouldBe(["Second vase"]);

        await lucene.Engine.ReplaceTenantAsync(Products.BatTrang, Async(vase.Indexed()), default);
        (await lucene.Names("vase")).ShouldBe(["Second vase"], "a snapshot older than the index is not applied");

        await lucene.Engine.UpsertAsync([renamed.Indexed("/cover.jpg")], default);
        (await lucene.Search("vase")).Hits.Single().CoverImage.ShouldBe("/cover.jpg", "the same version is written again");
    }

    private static async IAsyncEnumerable<IndexedProduct> Snapshot(PublishedProduct[] products, Task midway, TaskCompletionSource reached)
    {
        for (var i = 0; i < products.Length; i++)
        {
            if (i == products.Length / 2)
            {
                reached.SetResult();
                await midway;
            }
            yield return products[i].Indexed();
        }
    }

    private static async IAsyncEnumerable<IndexedProduct> Async(IndexedProduct p)
    {
        await Task.Yield();
        yield return p;
    }

    public void Dispose() => lucene.Dispose();
}

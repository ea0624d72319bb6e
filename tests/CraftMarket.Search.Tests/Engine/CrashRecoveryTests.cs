using CraftMarket.Search.Tests.Support;

namespace CraftMarket.Search.Tests.Engine;

/// <summary>
/// A crash between writes: the index files are copied while the writer is open with changes that
/// were never committed (what a killed process leaves on disk), then opened as a restarted process would.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly LuceneFixture live = new();
    private readonly string crashed = Path.Combine(Path.GetTempPath(), "craftmarket-search-crash", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Committed_batches_survive_uncommitted_ones_vanish_and_the_index_reopens_for_writing()
    {
        var committed = Enumerable.Range(0, 50).Select(i => Products.Make($"Bình {i}", $"Committed vase {i}")).ToArray();
        await live.Add(committed);

        // A batch that failed halfway: its documents are in the writer's buffers, never committed.
        var lost = Products.Make("Chum", "Uncommitted jar");
        await Should.ThrowAsync<InvalidOperationException>(live.Index.WriteAsync(w =>
        {
            w.AddDocument(LuceneEngine.LuceneDocuments.Build(lost.Indexed()));
            throw new InvalidOperationException("crash mid-batch");
        }, default));
        (await live.Search("uncommitted jar")).Total.ShouldBe(0, "a failed batch is rolled back, not left for the next commit");
        await live.Add(Products.Make("Đĩa", "Later plate"));

        // The "kill": copy the directory as it is now, lock file included, and open it elsewhere.
        Directory.CreateDirectory(crashed);
        foreach (var file in Directory.GetFiles(live.Dir)) File.Copy(file, Path.Combine(crashed, Path.GetFileName(file)));
        var (index, engine) = LuceneFixture.Open(crashed);
        using (index)
        {
            var all = await engine.SearchAsync(new Querying.EngineQuery(new Contracts.SearchQuery(null, null, new Dictionary<string, IReadOnlyList<string>>(), PageSize: 50),
                Querying.QueryPlan.Empty, []), default);
            all.Total.ShouldBe(51);
            // Redelivery of the same events after restart changes nothing (upsert by id).
            await engine.UpsertAsync([.. committed.Select(p => p.Indexed())], default);
            (await engine.SearchAsync(new Querying.EngineQuery(new Contracts.SearchQuery("committed vase", null, new Dictionary<string, IReadOnlyList<string>>()),
                Querying.QueryPlanner.Plan("committed vase", []), []), default)).Total.ShouldBe(50);
        }
    }

    public void Dispose()
    {
        live.Dispose();
        try { Directory.Delete(crashed, recursive: true); } catch (IOException) { /* best effort */ }
    }
}

using System.Diagnostics;
using System.Globalization;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Glossary;
using CraftMarket.Search.LuceneEngine;
using CraftMarket.Search.Querying;
using CraftMarket.SearchBenchmarks;
using Microsoft.Data.Sqlite;

// Generated products across 30 villages (default 200,000; pass several counts to compare sizes):
// Lucene build time, query latency with facets, and the same searches as plain SQL LIKE over the
// same rows in SQLite. Queries are timed after a warm-up pass over all of them (JIT tiers, caches).
var counts = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [200_000];
Console.WriteLine($"{DateTime.UtcNow:u}  cores: {Environment.ProcessorCount}  .NET {Environment.Version}");
foreach (var count in counts) await Run(count);

static async Task Run(int count)
{
    var dir = Path.Combine(Path.GetTempPath(), "craftmarket-search-bench", Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(dir);
    Console.WriteLine($"--- {count:N0} products; load average before: {Latency.LoadAverage()}");
    var products = Catalog.Generate(count, 30);
    var watch = Stopwatch.StartNew();
    using (var index = new LuceneIndex(Path.Combine(dir, "lucene")))
    {
        var engine = new LuceneSearchEngine(index);
        foreach (var batch in products.Chunk(10_000)) await engine.UpsertAsync([.. batch.Select(p => new IndexedProduct(p))], default);
        var build = watch.Elapsed;
        await index.SettleAsync(default);
        var segments = index.Read(s => s.IndexReader.Leaves.Count);
        Console.WriteLine($"lucene index build: {build.TotalSeconds:F1} s ({count / build.TotalSeconds:N0} products/s, commit per 10,000); " +
            $"background merges done after {watch.Elapsed.TotalSeconds:F1} s: {segments} segments");

        var random = new Random(7);
        var queries = Enumerable.Range(0, 400).Select(_ => Catalog.RandomQuery(random)).ToList();
        foreach (var q in queries) await Search(engine, q);
        var lucene = await Latency.Measure(queries, q => Search(engine, q));
        Console.WriteLine($"lucene query (text + scope + filters + facets + page), {lucene.Wall.Count} queries: {lucene.Describe()}");
        Console.WriteLine($"load average after lucene: {Latency.LoadAverage()}");

        using var sql = new SqliteConnection($"Data Source={Path.Combine(dir, "like.db")}");
        sql.Open();
        LikeSearch.Fill(sql, products);
        // LIKE is slow: the first 40 queries, compared with Lucene's times for the same 40.
        var sample = queries.Take(40).ToList();
        var luceneSample = new Latency.Samples([.. lucene.Wall.Take(40)], [.. lucene.Cpu.Take(40)]);
        Console.WriteLine($"lucene, the same first {sample.Count} queries: {luceneSample.Describe()}");
        foreach (var withFacets in new[] { false, true })
        {
            foreach (var q in sample.Take(5)) LikeSearch.Run(sql, q, withFacets);
            var like = await Latency.Measure(sample, q => { LikeSearch.Run(sql, q, withFacets); return Task.CompletedTask; });
            var what = withFacets ? "count + first page + a GROUP BY per facet" : "count + first page";
            Console.WriteLine($"sqlite LIKE ({what}), the first {like.Wall.Count} queries: {like.Describe()}");
            Console.WriteLine($"  LIKE / lucene: wall p50 {Ratio(like.Wall, luceneSample.Wall, 50)}, p99 {Ratio(like.Wall, luceneSample.Wall, 99)}; " +
                $"on-CPU p50 {Ratio(like.Cpu, luceneSample.Cpu, 50)}, p99 {Ratio(like.Cpu, luceneSample.Cpu, 99)}");
        }
    }
    Console.WriteLine($"load average after: {Latency.LoadAverage()}");
    try { Directory.Delete(dir, true); } catch (IOException) { }
}

static Task<SearchResult> Search(LuceneSearchEngine engine, Catalog.Query q) => engine.SearchAsync(new EngineQuery(
    new SearchQuery(q.Text, q.Tenant, q.Filters, q.Sort), QueryPlanner.Plan(q.Text, DefaultGlossary.Groups), []), default);

static string Ratio(List<double> like, List<double> lucene, int percentile) =>
    $"{Latency.P(like, percentile) / Latency.P(lucene, percentile):F0}x";

using System.Diagnostics;
using System.Globalization;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Glossary;
using CraftMarket.Search.LuceneEngine;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.SearchBenchmarks;
using Microsoft.Data.Sqlite;

// 200,000 generated products across 30 villages: Lucene build time, query latency with facets,
// and the same searches as plain SQL LIKE over the same rows in SQLite, in one run.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
var dir = Path.Combine(Path.GetTempPath(), "craftmarket-search-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dir);
Console.WriteLine($"load average before: {File.ReadAllText("/proc/loadavg").Trim()}  cores: {Environment.ProcessorCount}");

var products = Catalog.Generate(count, 30);
var watch = Stopwatch.StartNew();
var index = new LuceneIndex(Path.Combine(dir, "lucene"));
var engine = new LuceneSearchEngine(index);
foreach (var batch in products.Chunk(10_000)) await engine.UpsertAsync([.. batch.Select(p => new IndexedProduct(p))], default);
var build = watch.Elapsed;
Console.WriteLine($"lucene index build: {count:N0} products in {build.TotalSeconds:F1} s ({count / build.TotalSeconds:N0} products/s)");

var random = new Random(7);
var queries = Enumerable.Range(0, 400).Select(_ => Catalog.RandomQuery(random)).ToList();
foreach (var q in queries.Take(50)) await Run(q);   // warm-up: JIT, caches
var lucene = new List<double>();
foreach (var q in queries)
{
    var t = Stopwatch.GetTimestamp();
    await Run(q);
    lucene.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
}
Console.WriteLine($"lucene query (text + scope + filters + 8 facets + page): p50 {P(lucene, 50):F2} ms, p99 {P(lucene, 99):F2} ms over {lucene.Count}");

watch.Restart();
using var sql = new SqliteConnection($"Data Source={Path.Combine(dir, "like.db")}");
sql.Open();
Catalog.FillSqlite(sql, products);
Console.WriteLine($"sqlite rows inserted in {watch.Elapsed.TotalSeconds:F1} s");
var like = new List<double>();
foreach (var q in queries.Take(40))
{
    var t = Stopwatch.GetTimestamp();
    Catalog.Like(sql, q);
    like.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
}
Console.WriteLine($"sqlite LIKE (count + first page): p50 {P(like, 50):F2} ms, p99 {P(like, 99):F2} ms over {like.Count}");
Console.WriteLine($"ratio LIKE/lucene: p50 {P(like, 50) / P(lucene, 50):F0}x, p99 {P(like, 99) / P(lucene, 99):F0}x");
Console.WriteLine($"load average after: {File.ReadAllText("/proc/loadavg").Trim()}");
index.Dispose();
try { Directory.Delete(dir, true); } catch (IOException) { }

Task<SearchResult> Run(Catalog.Query q) => engine.SearchAsync(new EngineQuery(
    new SearchQuery(q.Text, q.Tenant, q.Filters, q.Sort), QueryPlanner.Plan(q.Text, DefaultGlossary.Groups), []), default);

static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
}

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Testing;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CraftMarket.Benchmarks.Outbox;

/// <summary>
/// Issue 18's throughput figures (ADR 0076): events delivered per second after a CSV import of
/// <c>--products</c> new products (10,000 by default) through <c>POST /api/catalogue/import</c>,
/// until every module's outbox is drained, on a fresh site (SQLite, then a fresh database on the
/// local PostgreSQL), the old path and the batch path in the same run and on the same site
/// (A then B: two imports of the same size into the same village). Then the search indexing
/// consumer alone on the events of the import, one event per scope and commit (old) against batches
/// (new), A B B A. The site's outbox worker polls once a day, so no worker delivers behind our back.
/// Run: dotnet run -c Release --project tests/CraftMarket.Benchmarks -- outbox [--products 10000]
///      [--search-events 2000] [--batch 500] [--sqlite-only | --postgres-only]
/// (scripts/bench-outbox.sh runs it and writes tests/CraftMarket.Benchmarks/outbox-last-run.txt).
/// </summary>
internal static class OutboxDrainBench
{
    private const string Village = "bat-trang";

    public static async Task RunAsync(string[] args)
    {
        var products = IntArg(args, "--products", 10_000);
        var searchEvents = IntArg(args, "--search-events", 2_000);
        var batch = IntArg(args, "--batch", 500);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CRAFTMARKET_WEB", WebProjectFolder());
        Console.WriteLine($"# Outbox drain after a CSV import of {products:N0} products; search consumer alone on {searchEvents:N0} events; batches of {batch}");
        Console.WriteLine($"# {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores (shared machine: read the ratios, not the absolute rates)");
        if (!args.Contains("--postgres-only")) await RunOnAsync("SQLite", null, products, searchEvents, batch);
        if (!args.Contains("--sqlite-only"))
        {
            var database = new NpgsqlConnectionStringBuilder(PostgresDatabase.Create()) { Pooling = true }.ToString();
            try
            {
                await RunOnAsync("PostgreSQL", database, products, searchEvents, batch);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await using var server = new NpgsqlConnection(PostgresDatabase.ServerConnectionString);
                await server.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(database).Database}\" WITH (FORCE)", server);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }

    private static async Task RunOnAsync(string provider, string? postgres, int products, int searchEvents, int batch)
    {
        using var site = new BenchSite(postgres);
        var contexts = site.OutboxContexts();
        var watch = Stopwatch.StartNew();
        // The demo's own events first (not measured): each drain starts from empty outboxes.
        await DrainAsync(site, contexts, DrainPath.OneByOne, batch);
        Console.WriteLine($"## {provider}: site started and the demo's events delivered in {watch.Elapsed.TotalSeconds:0.0} s ({contexts.Count} outboxes)");

        var client = site.ClientFor(Village);
        client.Timeout = TimeSpan.FromMinutes(30);   // an import of 10,000 rows takes minutes on a busy machine
        using var admin = await client.SignedInAs(Auth.AssociationAdmin(Village));
        var template = await TemplateRowAsync(admin);

        var rates = new Dictionary<DrainPath, double>();
        foreach (var (path, round) in new[] { (DrainPath.OneByOne, "A"), (DrainPath.Batches, "B") })
        {
            watch.Restart();
            await ImportAsync(admin, template, $"BENCH-{round}", products);
            var imported = watch.Elapsed;
            var (delivered, took) = await DrainAsync(site, contexts, path, batch);
            rates[path] = delivered / took.TotalSeconds;
            Console.WriteLine($"{provider,-10} {Describe(path),-34} import {imported.TotalSeconds,6:0.0} s   drain {delivered,6:N0} messages in {took.TotalSeconds,7:0.0} s = {rates[path],7:0} events/s");
        }
        Console.WriteLine($"{provider,-10} whole drain, batches / one by one: {rates[DrainPath.Batches] / rates[DrainPath.OneByOne]:0.0}x");

        await SearchConsumerAloneAsync(site, provider, searchEvents, batch);
    }

    /// <summary>Search's ProductPublished consumer alone on events of the import: one scope, tenant and commit per event against HandleBatch.</summary>
    private static async Task SearchConsumerAloneAsync(BenchSite site, string provider, int count, int batch)
    {
        var events = await site.PublishedEventsAsync(count);
        var single = new List<double>();
        var batched = new List<double>();
        foreach (var path in new[] { DrainPath.OneByOne, DrainPath.Batches, DrainPath.Batches, DrainPath.OneByOne })
        {
            var watch = Stopwatch.StartNew();
            if (path == DrainPath.OneByOne)
                foreach (var e in events)
                {
                    await using var scope = site.ScopeFor(e);
                    await SearchConsumer(scope.ServiceProvider).Handle(e, default);
                }
            else
                foreach (var chunk in events.Chunk(batch))
                {
                    await using var scope = site.ScopeFor(chunk[0]);
                    await ((IIntegrationEventBatchHandler<ProductPublished>)SearchConsumer(scope.ServiceProvider)).HandleBatch(chunk, default);
                }
            var rate = events.Count / watch.Elapsed.TotalSeconds;
            (path == DrainPath.OneByOne ? single : batched).Add(rate);
            Console.WriteLine($"{provider,-10} search consumer alone, {Describe(path),-34} {events.Count,6:N0} events in {watch.Elapsed.TotalSeconds,6:0.0} s = {rate,7:0} events/s");
        }
        Console.WriteLine($"{provider,-10} search consumer alone, batches / one by one: {batched.Average() / single.Average():0.0}x (mean of two runs each, A B B A)");
    }

    private static IIntegrationEventHandler<ProductPublished> SearchConsumer(IServiceProvider services) =>
        services.GetServices<IIntegrationEventHandler<ProductPublished>>()
            .Single(h => h.GetType().Namespace == "CraftMarket.Search.Indexing");

    private enum DrainPath { OneByOne, Batches }

    private static string Describe(DrainPath path) => path == DrainPath.OneByOne ? "old: one message at a time" : "new: batches (batch consumers)";

    /// <summary>
    /// Delivers every outbox with the real dispatchers until two passes in a row find nothing (consumers
    /// publish into other outboxes); answers the messages delivered and the time taken. The old path is
    /// <see cref="OutboxOptions.BatchDelivery"/> off: one message at a time, one scope per consumer (its
    /// successes are marked in one UPDATE, which the pre-issue-18 dispatcher did per message, so the
    /// ratio understates the gain a little).
    /// </summary>
    private static async Task<(int Delivered, TimeSpan Took)> DrainAsync(BenchSite site, IReadOnlyList<Type> contexts, DrainPath path, int batch)
    {
        var watch = Stopwatch.StartNew();
        var options = site.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        options.BatchDelivery = path == DrainPath.Batches;
        options.BatchSize = batch;
        var delivered = 0;
        for (var quiet = 0; quiet < 2;)
        {
            var pass = 0;
            foreach (var context in contexts)
                for (int n; (n = await site.DispatcherFor(context).DispatchDueAsync(default)) > 0;)
                    pass += n;
            delivered += pass;
            quiet = pass == 0 ? quiet + 1 : 0;
        }
        var took = watch.Elapsed;
        if (await site.StuckAsync(contexts) is { Length: > 0 } stuck) throw new InvalidOperationException($"Messages failed during the drain: {stuck}");
        return (delivered, took);
    }

    /// <summary>A published product of the village's export, the model for the generated rows (every required field filled).</summary>
    private static async Task<Dictionary<string, string>> TemplateRowAsync(HttpClient admin)
    {
        var text = (await admin.GetStringAsync("/api/catalogue/export.csv")).TrimStart('\uFEFF');
        using var csv = new CsvReader(new StringReader(text), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        while (csv.Read())
        {
            var row = header.ToDictionary(h => h, h => csv.GetField(h) ?? "", StringComparer.Ordinal);
            if (row["status"].Equals("Published", StringComparison.OrdinalIgnoreCase) && row["variants"].Length == 0) return row;
        }
        throw new InvalidOperationException("No published product without variants in the demo export.");
    }

    private static async Task ImportAsync(HttpClient admin, Dictionary<string, string> template, string prefix, int count)
    {
        var writer = new StringWriter();
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            var header = template.Keys.ToList();
            foreach (var h in header) csv.WriteField(h);
            await csv.NextRecordAsync();
            for (var i = 0; i < count; i++)
            {
                var row = new Dictionary<string, string>(template, StringComparer.Ordinal)
                {
                    ["id"] = "", ["sku"] = $"{prefix}-{i:00000}",
                    ["name_vi"] = $"{template["name_vi"]} {prefix} {i}", ["name_en"] = $"{template["name_en"]} {prefix} {i}",
                };
                foreach (var h in header) csv.WriteField(row[h]);
                await csv.NextRecordAsync();
            }
        }
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(writer.ToString()));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "catalogue.csv");
        using var response = await admin.PostAsync("/api/catalogue/import", content);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException($"Import answered {(int)response.StatusCode}: {body[..Math.Min(2000, body.Length)]}");
        }
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;

    private static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (Directory.Exists(Path.Combine(folder.FullName, "src", "CraftMarket.Web"))) return Path.Combine(folder.FullName, "src", "CraftMarket.Web");
        throw new DirectoryNotFoundException("src/CraftMarket.Web above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// The real site in-process, warnings only in the log. It keeps both roles (a web-only process
    /// reads the search index a worker writes), but its outbox worker polls once a day, so after
    /// start-up only the benchmark's own calls deliver.
    /// </summary>
    private sealed class BenchSite(string? postgres) : CraftMarketApp(seedDemo: true, postgresConnectionString: postgres, extra: new Dictionary<string, string?>
    {
        ["CraftMarket:Outbox:PollInterval"] = "1.00:00:00",
        ["Logging:LogLevel:Default"] = "Warning",
        ["CraftMarket:Identity:SignInPerMinute"] = "1000",
    })
    {
        /// <summary>Every module context with an outbox dispatcher registered, in a fixed order.</summary>
        public IReadOnlyList<Type> OutboxContexts()
        {
            _ = Services;   // starts the site first: the modules' assemblies load with it
            return OutboxContextsOfLoadedModules();
        }

        private IReadOnlyList<Type> OutboxContextsOfLoadedModules() =>
        [
            .. AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => a.GetName().Name?.StartsWith("CraftMarket.", StringComparison.Ordinal) == true)
                .SelectMany(a => a.GetTypes())
                .Where(t => t.IsClass && t.IsSubclassOf(typeof(ModuleDbContext)) && !t.ContainsGenericParameters)
                .Where(t => Services.GetService(typeof(OutboxDispatcher<>).MakeGenericType(t)) is not null)
                .OrderBy(t => t.FullName, StringComparer.Ordinal),
        ];

        public IDispatcher DispatcherFor(Type context) =>
            new Dispatcher(Services.GetRequiredService(typeof(OutboxDispatcher<>).MakeGenericType(context)));

        public AsyncServiceScope ScopeFor(ProductPublished e)
        {
            var scope = Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(e.TenantId, e.Product.TenantSlug);
            return scope;
        }

        /// <summary>The last <paramref name="count"/> ProductPublished events the catalogue's outbox delivered (those of the import).</summary>
        public async Task<List<ProductPublished>> PublishedEventsAsync(int count)
        {
            var name = typeof(ProductPublished).GetCustomAttributes(typeof(EventNameAttribute), false).Cast<EventNameAttribute>().Single().Name;
            var catalogue = OutboxContexts().Single(t => t.FullName!.StartsWith("CraftMarket.Catalogue.", StringComparison.Ordinal));
            await using var scope = Services.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(catalogue);
            var payloads = await db.Outbox.AsNoTracking().Where(m => m.Name == name).OrderByDescending(m => m.OccurredAt).Take(count)
                .Select(m => m.Payload).ToListAsync();
            payloads.Reverse();
            return [.. payloads.Select(p => System.Text.Json.JsonSerializer.Deserialize<ProductPublished>(p, OutboxJson.Options)!)];
        }

        public async Task<string> StuckAsync(IReadOnlyList<Type> contexts)
        {
            var lines = new List<string>();
            await using var scope = Services.CreateAsyncScope();
            foreach (var type in contexts)
            {
                var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(type);
                lines.AddRange((await db.Outbox.AsNoTracking().Where(m => m.ProcessedAt == null && (m.Attempts > 0 || m.DeadAt != null)).Take(5).ToListAsync())
                    .Select(m => $"{m.Name} after {m.Attempts} attempt(s): {m.LastError}"));
            }
            return string.Join(" | ", lines);
        }
    }

    internal interface IDispatcher
    {
        Task<int> DispatchDueAsync(CancellationToken ct);
    }

    /// <summary>The real dispatcher of one module, whichever its context type (the old path: one message, one scope per consumer).</summary>
    private sealed class Dispatcher(object dispatcher) : IDispatcher
    {
        public Task<int> DispatchDueAsync(CancellationToken ct) =>
            (Task<int>)dispatcher.GetType().GetMethod(nameof(OutboxDispatcher<ModuleDbContext>.DispatchDueAsync))!.Invoke(dispatcher, [ct])!;
    }
}

using CraftMarket.Search.Data;
using CraftMarket.SharedKernel.Outbox;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Search.Indexing;

/// <summary>
/// `reindex bat-trang` or `reindex --all`. Runs the rebuild in this process when it can open the
/// index; when the running site holds the embedded index (Lucene allows one writer), it queues the
/// request in the search outbox and the site's worker does it. Exit code 0 done or queued, 2 bad arguments.
/// </summary>
internal static class ReindexCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct = default)
    {
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("reindex");
        var slug = args switch
        {
            ["--all"] => null,
            [var s] when !s.StartsWith('-') => s,
            _ => "?",
        };
        if (slug == "?")
        {
            log.LogError("Usage: reindex <association-slug> | reindex --all");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        // A web-role process only reads the embedded index (ADR 0080): the worker that writes it does the rebuild.
        if (scope.ServiceProvider.GetService<LuceneEngine.LuceneIndex>() is { IsReadOnly: true })
            return await QueueAsync(scope.ServiceProvider, slug, log, ct);
        try
        {
            // Inside the try: resolving the rebuild opens the embedded index, which is what fails when the site holds it.
            var reindex = scope.ServiceProvider.GetRequiredService<Reindex>();
            if (slug is null)
            {
                log.LogInformation("Reindexed {Count} products in all associations", await reindex.AllAsync(ct));
                return 0;
            }
            if (await reindex.FindAsync(slug, ct) is not { } tenant)
            {
                log.LogError("No association with slug {Slug}", slug);
                return 2;
            }
            await reindex.TenantAsync(tenant, ct);
            return 0;
        }
        catch (LockObtainFailedException)
        {
            return await QueueAsync(scope.ServiceProvider, slug, log, ct);
        }
    }

    private static async Task<int> QueueAsync(IServiceProvider services, string? slug, ILogger log, CancellationToken ct)
    {
        var db = services.GetRequiredService<SearchDb>();
        db.Outbox.Add(new ReindexRequested(Guid.NewGuid(), slug), services.GetRequiredService<TimeProvider>());
        await db.SaveChangesAsync(ct);
        log.LogInformation("The running site holds the index; reindex of {Scope} queued for its worker", slug ?? "all associations");
        return 0;
    }
}

using System.Runtime.CompilerServices;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.Search.Data;
using CraftMarket.Search.Domain;
using CraftMarket.Search.Querying;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CraftMarket.Search.Indexing;

/// <summary>
/// Rebuilds the index of one association, or of all, from the catalogue's published products and
/// the covers and quality marks stored here. Each association is replaced in one engine operation that searchers
/// never see half-done (see docs/adr/0014). The associations are the ones Search knows from
/// Tenancy's events (<see cref="TenantVisibility"/>), so the command needs no running site.
/// </summary>
internal sealed class Reindex(IServiceScopeFactory scopes, ISearchIndex index, ISearchEngine engine, ILogger<Reindex> log)
{
    public async Task<TenantVisibility?> FindAsync(string slug, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SearchDb>().Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);
    }

    public async Task<int> TenantAsync(TenantVisibility tenant, CancellationToken ct)
    {
        var count = 0;
        await index.ReplaceTenantAsync(tenant.TenantId, Counted(Products(tenant, ct), () => count++), ct);
        log.LogInformation("Reindexed {Count} products of {Tenant}", count, tenant.Slug);
        return count;
    }

    public async Task<int> AllAsync(CancellationToken ct)
    {
        List<TenantVisibility> all;
        await using (var scope = scopes.CreateAsyncScope())
            all = await scope.ServiceProvider.GetRequiredService<SearchDb>().Tenants.AsNoTracking().OrderBy(t => t.Slug).ToListAsync(ct);
        if (engine is IReplacesWholeIndex whole)
        {
            var bySlug = all.ToDictionary(t => t.TenantId);
            return await whole.ReplaceAllAsync([.. all.Select(t => t.TenantId)], t => Products(bySlug[t], ct), ct);
        }
        var total = 0;
        foreach (var tenant in all) total += await TenantAsync(tenant, ct);
        return total;
    }

    private async IAsyncEnumerable<IndexedProduct> Products(TenantVisibility tenant, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.TenantId, tenant.Slug);
        var db = scope.ServiceProvider.GetRequiredService<SearchDb>();
        var covers = await db.Covers.AsNoTracking().ToDictionaryAsync(c => c.ProductId, c => c.ThumbnailUrl, ct);
        var marked = (await db.QualityMarks.AsNoTracking().Where(m => m.Granted).Select(m => m.ProductId).ToListAsync(ct)).ToHashSet();
        var catalogue = scope.ServiceProvider.GetRequiredService<ICrossVillageCatalogue>();
        // A suspended association's products stay indexed (hidden at query time), so reactivation needs no reindex.
        await foreach (var p in catalogue.PublishedAsync(tenant.TenantId, ct))
            yield return new IndexedProduct(p, covers.GetValueOrDefault(p.Id.Value), marked.Contains(p.Id.Value));
    }

    private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> items, Action count)
    {
        await foreach (var item in items) { count(); yield return item; }
    }

}

/// <summary>Asked for by the `reindex` command when another process (the running site) holds the embedded index.</summary>
[EventName("search.reindex-requested")]
internal sealed record ReindexRequested(Guid EventId, string? Slug) : IIntegrationEvent;

internal sealed class ReindexRequestedConsumer(Reindex reindex) : IIntegrationEventHandler<ReindexRequested>
{
    public async Task Handle(ReindexRequested e, CancellationToken ct)
    {
        if (e.Slug is null) await reindex.AllAsync(ct);
        else if (await reindex.FindAsync(e.Slug, ct) is { } tenant) await reindex.TenantAsync(tenant, ct);
    }
}

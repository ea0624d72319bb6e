using System.Collections.Frozen;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Tenancy.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Tenancy.Resolution;

/// <summary>
/// Every association in memory as immutable frozen dictionaries, swapped whole on change, so a
/// request resolves its tenant with one or two hash lookups over a span of the Host header and
/// no lock. 1,500 tenants (every craft village in Vietnam) take well under a megabyte.
/// A new version also drops every rendered storefront page on this node: brand, status, languages
/// and rates show on all of them (ADR 17). Other nodes reload on the tenants signal that
/// <see cref="Features.TenantChanges"/> sends after a commit (ADR 0077), and drop their own pages then.
/// </summary>
internal sealed class TenantCache(IServiceScopeFactory scopes, IStorefrontCache? storefront = null) : ITenantDirectory, IDisposable
{
    private readonly SemaphoreSlim reloading = new(1, 1);
    private volatile Snapshot? snapshot;

    public IReadOnlyList<ResolvedTenant> All => Current.All;
    public ResolvedTenant? FindById(TenantId id) => Current.ById.GetValueOrDefault(id);
    public ResolvedTenant? FindBySlug(string slug) => Current.BySlug.GetValueOrDefault(slug);

    internal Snapshot Current => snapshot ?? throw new InvalidOperationException("Tenant cache used before it was loaded.");

    public async ValueTask<Snapshot> GetAsync(CancellationToken ct) => snapshot ?? await ReloadAsync(ct);

    /// <summary>Rebuilds from the database; called at first use, after every tenant change, and on another node's tenants signal.</summary>
    public async Task<Snapshot> ReloadAsync(CancellationToken ct = default)
    {
        await reloading.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TenancyDb>();
            var tenants = await db.Tenants.AsNoTracking().ToListAsync(ct);
            var next = Snapshot.From(tenants.Select(t => t.ToResolved()), new CacheVersion(tenants.Count, tenants.Max(t => (DateTimeOffset?)t.UpdatedAt)));
            var previous = snapshot;
            snapshot = next;
            if (previous is not null && previous.Version != next.Version && storefront is not null) await storefront.EvictAllHereAsync(ct);
            return next;
        }
        finally
        {
            reloading.Release();
        }
    }

    public void Dispose() => reloading.Dispose();

    /// <summary>For benchmarks and tests that need a cache without a database.</summary>
    internal void Load(IEnumerable<ResolvedTenant> tenants) => snapshot = Snapshot.From(tenants, default);

    /// <summary>Changes when any tenant is added or updated; cheap to read from the database.</summary>
    internal readonly record struct CacheVersion(int Count, DateTimeOffset? LastUpdate);

    internal sealed class Snapshot
    {
        private Snapshot(IReadOnlyList<ResolvedTenant> all, CacheVersion version)
        {
            All = all;
            Version = version;
            ById = all.ToFrozenDictionary(t => t.Id);
            BySlug = all.ToFrozenDictionary(t => t.Slug, StringComparer.OrdinalIgnoreCase);
            ByHost = all.SelectMany(t => t.HostNames.Select(h => (h, t)))
                .ToFrozenDictionary(p => p.h, p => p.t, StringComparer.OrdinalIgnoreCase);
            SlugLookup = BySlug.GetAlternateLookup<ReadOnlySpan<char>>();
            HostLookup = ByHost.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public IReadOnlyList<ResolvedTenant> All { get; }
        public CacheVersion Version { get; }
        public FrozenDictionary<TenantId, ResolvedTenant> ById { get; }
        public FrozenDictionary<string, ResolvedTenant> BySlug { get; }
        public FrozenDictionary<string, ResolvedTenant> ByHost { get; }
        public FrozenDictionary<string, ResolvedTenant>.AlternateLookup<ReadOnlySpan<char>> SlugLookup { get; }
        public FrozenDictionary<string, ResolvedTenant>.AlternateLookup<ReadOnlySpan<char>> HostLookup { get; }

        public static Snapshot From(IEnumerable<ResolvedTenant> tenants, CacheVersion version) =>
            new(tenants.OrderBy(t => t.NameEn, StringComparer.Ordinal).ToList(), version);
    }
}

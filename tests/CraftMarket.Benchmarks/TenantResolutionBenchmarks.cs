using BenchmarkDotNet.Attributes;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Tenancy.Resolution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.Benchmarks;

/// <summary>
/// Tenant resolution per request with 3 and 1,500 associations (every craft village in Vietnam),
/// against the floor of one plain dictionary lookup on an already-extracted host string.
/// The claim to check: cost and allocation do not grow with the number of tenants.
/// </summary>
[MemoryDiagnoser]
public class TenantResolutionBenchmarks
{
    private TenantCache.Snapshot tenants = null!;
    private TenantResolver resolver = null!;
    private Dictionary<string, ResolvedTenant> floor = null!;
    private string subdomainHost = "";
    private string customHost = "";
    private string slug = "";
    private string pathForm = "";

    [Params(3, 1500)]
    public int Tenants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        using var cache = new TenantCache(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>());
        var all = Enumerable.Range(0, Tenants).Select(i => Village(i)).ToList();
        cache.Load(all);
        tenants = cache.Current;
        resolver = new TenantResolver(Options.Create(new TenancyOptions { BaseDomain = "craftmarket.vn" }));
        floor = all.ToDictionary(t => t.Slug, StringComparer.OrdinalIgnoreCase);
        slug = $"village-{Tenants - 1}";
        subdomainHost = $"village-{Tenants - 1}.craftmarket.vn:443";
        pathForm = $"/v/village-{Tenants - 1}/members";
        customHost = $"shop{Tenants - 1}.example.vn";
    }

    [Benchmark(Baseline = true)]
    public ResolvedTenant? PlainDictionaryLookup() => floor.GetValueOrDefault(slug);

    [Benchmark]
    public ResolvedTenant? Subdomain() => resolver.Resolve(tenants, subdomainHost, "/").Tenant;

    [Benchmark]
    public ResolvedTenant? CustomHost() => resolver.Resolve(tenants, customHost, "/").Tenant;

    [Benchmark]
    public ResolvedTenant? PathForm() => resolver.Resolve(tenants, "craftmarket.vn", pathForm).Tenant;

    private static ResolvedTenant Village(int i) => new(
        TenantId.New(), $"village-{i}", $"Làng {i}", $"Village {i}", $"Village {i}", "", TenantStatus.Active, "vi", ["vi", "en"], "VND", [],
        "base", new BrandTokens("#000000", "#000000", "#ffffff", "#000000", "serif", "sans-serif", null),
        new ExportDeskContact(null, null, null, null), [$"shop{i}.example.vn"]);
}

using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Tests.Support;

/// <summary>
/// The demo seeder publishes the villages' catalogues through the outbox when a test site starts;
/// tests that search wait for the index to hold all of them, so a result never depends on how far
/// delivery had got.
/// </summary>
public static class DemoIndexing
{
    public static readonly IReadOnlyList<string> Villages = ["bat-trang", "van-phuc", "dong-ky"];

    /// <summary>Every published demo product, read through the catalogue's own read interface, village by village.</summary>
    public static async Task<List<PublishedProduct>> PublishedAsync(IServiceProvider services)
    {
        var published = new List<PublishedProduct>();
        foreach (var slug in Villages)
        {
            await using var scope = services.CreateAsyncScope();
            var tenant = scope.ServiceProvider.GetRequiredService<ITenantDirectory>().FindBySlug(slug)!;
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, slug);
            await foreach (var p in scope.ServiceProvider.GetRequiredService<ICatalogue>().PublishedAsync(default)) published.Add(p);
        }
        return published;
    }

    public static async Task<List<PublishedProduct>> WaitUntilIndexedAsync(IServiceProvider services)
    {
        var published = await PublishedAsync(services);
        var index = services.GetRequiredService<ISearchIndex>();
        for (var i = 0; i < 1200; i++)
        {
            var all = await index.SearchAsync(new SearchQuery(null, null, new Dictionary<string, IReadOnlyList<string>>(), PageSize: 1), default);
            if (all.Total == published.Count) return published;
            await Task.Delay(100);
        }
        throw new TimeoutException($"The index never caught up with the {published.Count} published demo products.");
    }
}

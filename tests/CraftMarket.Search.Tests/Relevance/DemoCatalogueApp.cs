using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Contracts;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Tests.Relevance;

/// <summary>
/// The real site with its demo data: the catalogue seeder publishes the three villages' products
/// through the real lifecycle, their ProductPublished events go through the outbox, and Search's
/// consumers index them. <see cref="InitializeAsync"/> waits until the index holds every published
/// product, read back from the catalogue itself.
/// </summary>
public sealed class DemoCatalogueApp : CraftMarketApp, IAsyncLifetime
{
    public static readonly IReadOnlyList<string> Villages = ["bat-trang", "van-phuc", "dong-ky"];

    public DemoCatalogueApp() : base(seedDemo: true) { }

    /// <summary>Every published demo product by id, as the catalogue publishes it.</summary>
    public Dictionary<string, PublishedProduct> Published { get; } = [];

    public async Task InitializeAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var tenants = scope.ServiceProvider.GetRequiredService<ITenantDirectory>();
            var catalogue = scope.ServiceProvider.GetRequiredService<ICrossVillageCatalogue>();
            foreach (var slug in Villages)
                await foreach (var p in catalogue.PublishedAsync(tenants.FindBySlug(slug)!.Id, default)) Published[p.Id.ToString()] = p;
        }
        var index = Services.GetRequiredService<ISearchIndex>();
        for (var i = 0; i < 600; i++)
        {
            var all = await index.SearchAsync(new SearchQuery(null, null, new Dictionary<string, IReadOnlyList<string>>(), PageSize: 1), default);
            if (all.Total == Published.Count) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"The index never caught up with the {Published.Count} published demo products.");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

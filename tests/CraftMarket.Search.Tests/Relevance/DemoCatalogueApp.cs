using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Search.Tests.Relevance;

/// <summary>
/// The real site with its demo data: the catalogue seeder publishes the three villages' products
/// through the real lifecycle, their ProductPublished events go through the outbox, and Search's
/// consumers index them. <see cref="InitializeAsync"/> waits until the index holds every published
/// product, read back from the catalogue itself (<see cref="DemoIndexing"/>).
/// </summary>
public sealed class DemoCatalogueApp : CraftMarketApp, IAsyncLifetime
{
    public DemoCatalogueApp() : base(seedDemo: true) { }

    /// <summary>Every published demo product by id, as the catalogue publishes it.</summary>
    public Dictionary<string, PublishedProduct> Published { get; } = [];

    public async Task InitializeAsync()
    {
        foreach (var p in await DemoIndexing.WaitUntilIndexedAsync(Services)) Published[p.Id.ToString()] = p;
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Search.Data;
using CraftMarket.SharedKernel.Outbox;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Search.Tests.Support;

/// <summary>
/// The real site with the real outbox and a real Lucene index in its data directory. Events are
/// put into the search module's own outbox, as another module's would be, and delivered by the
/// real dispatcher. The catalogue's cross-village read is replaced by <see cref="Catalogue"/>
/// so reindex tests control what the catalogue holds.
/// </summary>
public class SearchApp() : SearchAppOn(null);

public class SearchAppOn(string? postgres) : CraftMarketApp(seedDemo: true, postgresConnectionString: postgres,
    extra: new Dictionary<string, string?> { ["CraftMarket:Identity:SignInPerMinute"] = "1000" }), IAsyncLifetime
{
    /// <summary>Tests start once the demo catalogues are in the index (<see cref="DemoIndexing"/>).</summary>
    public Task InitializeAsync() => DemoIndexing.WaitUntilIndexedAsync(Services);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    public FakeCatalogue Catalogue { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<ICrossVillageCatalogue>(Catalogue));
    }

    public TenantId TenantIdOf(string slug) => Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)!.Id;

    public async Task Publish(params IIntegrationEvent[] events)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SearchDb>();
        var clock = TimeProvider.System;
        foreach (var e in events) db.Outbox.Add(e, clock);
        await db.SaveChangesAsync();
    }

    /// <summary>Polls the public API until <paramref name="done"/> holds (the outbox delivers asynchronously).</summary>
    public async Task<JsonElement> SearchUntil(string? slug, string query, Func<JsonElement, bool> done)
    {
        var client = ClientFor(slug);
        JsonElement last = default;
        for (var i = 0; i < 300; i++)
        {
            last = await client.GetFromJsonAsync<JsonElement>($"/api/search?{query}");
            if (done(last)) return last;
            await Task.Delay(100);
        }
        throw new TimeoutException($"search {query} never satisfied the condition; last answer {last}");
    }
}

public sealed class FakeCatalogue : ICrossVillageCatalogue
{
    public List<PublishedProduct> Products { get; } = [];

    public Task<IReadOnlyList<PublishedProduct>> FeaturedAsync(IReadOnlyCollection<TenantId> villages, int perVillage, CancellationToken ct) => Task.FromResult<IReadOnlyList<PublishedProduct>>([]);

    public async IAsyncEnumerable<PublishedProduct> PublishedAsync(TenantId tenant, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var p in Products.Where(p => p.TenantId == tenant).ToList()) { await Task.Yield(); yield return p; }
    }
}

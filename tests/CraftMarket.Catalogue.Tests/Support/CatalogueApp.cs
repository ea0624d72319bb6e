using System.Collections.Concurrent;
using System.Net.Http.Headers;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Catalogue.Tests.Support;

/// <summary>The real site with the demo villages, members, accounts and catalogues seeded.</summary>
public class CatalogueApp(string? postgres) : CraftMarketApp(seedDemo: true, postgresConnectionString: postgres, extra: new Dictionary<string, string?>
{
    ["CraftMarket:Identity:SignInPerMinute"] = "1000",
    ["CraftMarket:Identity:PhoneCodePerMinute"] = "1000",
    // The machine-translation stub listens on loopback over plain HTTP: allowed here only (ADR 0068).
    ["Catalogue:MachineTranslation:AllowedHosts:0"] = "127.0.0.1",
    ["Catalogue:MachineTranslation:TimeoutSeconds"] = "1",
})
{
    private readonly ConcurrentDictionary<string, Task<AuthenticationHeaderValue?>> tokens = new();

    public TenantId TenantIdOf(string slug) =>
        Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)?.Id ?? throw new ArgumentException($"No demo association {slug}.");

    /// <summary>A client for <paramref name="slug"/> signed in (by e-mail or phone and the demo password) with a bearer token.</summary>
    public async Task<HttpClient> As(string slug, string login)
    {
        var header = await tokens.GetOrAdd(login, async _ => (await SignIn(ClientFor(slug), login)).DefaultRequestHeaders.Authorization);
        var client = ClientFor(slug);
        client.DefaultRequestHeaders.Authorization = header;
        return client;
    }

    public Task<HttpClient> Admin(string slug) => As(slug, Auth.AssociationAdmin(slug));
    public Task<HttpClient> ExportDesk(string slug) => As(slug, $"export@{slug}.craftmarket.local");

    private static async Task<HttpClient> SignIn(HttpClient client, string login) =>
        login.Contains('@', StringComparison.Ordinal) ? await client.SignedInAs(login) : await client.SignedInWithPhone(login);

    public AsyncServiceScope ScopeFor(string slug)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TenantIdOf(slug), slug);
        return scope;
    }
}

public sealed class SqliteCatalogueApp() : CatalogueApp(null);

/// <summary>
/// One seeded site shared by every test class in the collection: starting and seeding the site is
/// the slow part, and the tests create what they change, so they do not step on each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SqliteCatalogueApp>
{
    public const string Name = "catalogue site";
}

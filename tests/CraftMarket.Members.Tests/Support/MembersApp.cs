using System.Net.Http.Json;
using CraftMarket.Members.Data;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Members.Tests.Support;

/// <summary>The real site (real tenancy, seeded demo villages) with test sign-in (see <see cref="TestAuthHandler"/>).</summary>
public class MembersApp(string? postgres = null) : CraftMarketApp(seedDemo: true, postgresConnectionString: postgres)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            TestAuthHandler.AddTo(services);
        });
    }

    public TenantId TenantIdOf(string slug) =>
        Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)?.Id ?? throw new ArgumentException($"No demo association {slug}.");

    /// <summary>A client for <paramref name="slug"/> signed in with <paramref name="claims"/> (or anonymous).</summary>
    public HttpClient As(string slug, string? claims)
    {
        var client = ClientFor(slug);
        if (claims is not null) client.DefaultRequestHeaders.Add(TestAuthHandler.Header, claims);
        return client;
    }

    public HttpClient Admin(string slug) => As(slug, TestAuthHandler.Claims(TenantIdOf(slug), "association-admin"));

    /// <summary>A scope acting for one association, as a request or a background job would.</summary>
    public AsyncServiceScope ScopeFor(string slug) => ScopeFor(TenantIdOf(slug), slug);

    public AsyncServiceScope ScopeFor(TenantId tenant, string slug)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, slug);
        return scope;
    }

    internal static MembersDb Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<MembersDb>();

}

/// <summary>Fresh, valid and unique Vietnamese mobile numbers, so tests never collide with seeded members.</summary>
public static class Phones
{
    private static int next = Random.Shared.Next(1_000_000, 8_000_000);
    public static string Next() => $"091{Interlocked.Increment(ref next):D7}";
}

public static class Json
{
    public static async Task<T> Read<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>())!;
}

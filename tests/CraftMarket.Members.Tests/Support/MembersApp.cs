using System.Net.Http.Json;
using CraftMarket.Members.Data;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Members.Tests.Support;

/// <summary>
/// The real site with test sign-in (see <see cref="TestAuthHandler"/>). While the Tenancy module is
/// still a stub, a stand-in resolves bat-trang / van-phuc from the host name; once Tenancy registers
/// its directory, the real resolution and the seeded tenants are used instead.
/// </summary>
public class MembersApp(string? postgres = null) : CraftMarketApp(seedDemo: true, postgresConnectionString: postgres)
{
    private static readonly Dictionary<string, TenantId> StandIns = new()
    {
        ["bat-trang"] = new(Guid.Parse("0193a000-0000-7000-8000-00000000b001")),
        ["van-phuc"] = new(Guid.Parse("0193a000-0000-7000-8000-00000000b002")),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            TestAuthHandler.AddTo(services);
            if (services.All(d => d.ServiceType != typeof(ITenantDirectory)))
                services.AddTransient<IStartupFilter, StandInTenantResolution>();
        });
    }

    public TenantId TenantIdOf(string slug) =>
        Services.GetService<ITenantDirectory>()?.FindBySlug(slug)?.Id ?? StandIns[slug];

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

    private sealed class StandInTenantResolution : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var slug = context.Request.Host.Host.Split('.')[0];
                if (StandIns.TryGetValue(slug, out var id))
                    context.RequestServices.GetRequiredService<TenantContext>().Set(id, slug);
                await nextMiddleware();
            });
            next(app);
        };
    }
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

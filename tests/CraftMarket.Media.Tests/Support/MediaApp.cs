using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Media.Data;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CraftMarket.Media.Tests.Support;

/// <summary>
/// The real site with its demo villages and accounts, real libvips and the real outbox. Catalogue's
/// read interface is the one stand-in (<see cref="Products"/>) until that module lands.
/// </summary>
public class MediaApp(string? postgres = null, IDictionary<string, string?>? extra = null)
    : CraftMarketApp(seedDemo: true, postgresConnectionString: postgres, extra: Settings(extra))
{
    public const string BatTrangProducer = "0912 345 601";
    public const string BatTrangProducer2 = "0904 118 273";
    public const string VanPhucProducer = "0913 442 118";

    private readonly ConcurrentDictionary<string, Task<(AuthenticationHeaderValue Header, MemberId? Member)>> sessions = new();

    public CatalogueProducts Products { get; } = new();

    private static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["CraftMarket:Identity:SignInPerMinute"] = "1000",
            ["CraftMarket:Media:UploadsPerMinute"] = "1000",
            ["CraftMarket:Media:AvifEffort"] = "0",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>()) settings[k] = v;
        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Products);
            services.RemoveAll<ICatalogue>();
            services.AddScoped<ICatalogue, FakeCatalogue>();
        });
    }

    public TenantId TenantIdOf(string slug) =>
        Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)?.Id ?? throw new ArgumentException(slug);

    /// <summary>A client signed in through the API as a demo account (e-mail for staff, phone for producers).</summary>
    public async Task<HttpClient> SignedIn(string slug, string login)
    {
        var (header, _) = await Session(slug, login);
        var client = ClientFor(slug);
        client.DefaultRequestHeaders.Authorization = header;
        return client;
    }

    public async Task<MemberId> MemberOf(string slug, string producerPhone) => (await Session(slug, producerPhone)).Member!.Value;

    public Task<HttpClient> Admin(string slug) => SignedIn(slug, Auth.AssociationAdmin(slug));

    /// <summary>A product of <paramref name="slug"/> made by the given demo producers.</summary>
    public async Task<ProductAccess> ProductOf(string slug, ProductStatus status, params string[] makerPhones)
    {
        var makers = new List<MemberId>();
        foreach (var phone in makerPhones) makers.Add(await MemberOf(slug, phone));
        return Products.Add(TenantIdOf(slug), status, [.. makers]);
    }

    public AsyncServiceScope ScopeFor(string slug)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TenantIdOf(slug), slug);
        return scope;
    }

    internal static MediaDb Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<MediaDb>();

    private Task<(AuthenticationHeaderValue Header, MemberId? Member)> Session(string slug, string login) => sessions.GetOrAdd($"{slug}|{login}", async _ =>
    {
        var client = ClientFor(slug);
        object body = login.Contains('@') ? new { email = login, password = Auth.DemoPassword } : new { phone = login, password = Auth.DemoPassword };
        var response = await client.PostAsJsonAsync("/api/auth/login", body);
        response.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var header = new AuthenticationHeaderValue("Bearer", token);
        if (login.Contains('@')) return (header, (MemberId?)null);
        client.DefaultRequestHeaders.Authorization = header;
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/members/me")).RootElement;
        return (header, new MemberId(me.GetProperty("id").GetGuid()));
    });
}

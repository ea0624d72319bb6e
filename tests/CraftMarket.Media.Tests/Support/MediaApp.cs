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
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Media.Tests.Support;

/// <summary>
/// The real site with its demo villages, accounts and catalogues, real libvips and the real outbox.
/// Products are made through Catalogue's own API, and published through its review, so Media learns
/// of them the way it does in production: ProductPublished through Catalogue's outbox.
/// </summary>
public class MediaApp(string? postgres = null, IDictionary<string, string?>? extra = null)
    : CraftMarketApp(seedDemo: true, postgresConnectionString: postgres, extra: Settings(extra))
{
    public const string BatTrangProducer = "0912 345 601";
    public const string BatTrangProducer2 = "0904 118 273";
    public const string VanPhucProducer = "0913 442 118";

    private readonly ConcurrentDictionary<string, Task<(AuthenticationHeaderValue Header, MemberId? Member)>> sessions = new();

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

    /// <summary>A new product of <paramref name="slug"/>, made by the given demo producer, as a draft or published.</summary>
    public Task<ProductAccess> ProductOf(string slug, ProductStatus status, string makerPhone) => Catalogue.Create(this, slug, status, makerPhone);

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
        object body = login.Contains('@', StringComparison.Ordinal) ? new { email = login, password = Auth.DemoPassword } : new { phone = login, password = Auth.DemoPassword };
        var response = await client.PostAsJsonAsync("/api/auth/login", body);
        response.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        var header = new AuthenticationHeaderValue("Bearer", token);
        if (login.Contains('@', StringComparison.Ordinal)) return (header, (MemberId?)null);
        client.DefaultRequestHeaders.Authorization = header;
        var me = JsonDocument.Parse(await client.GetStringAsync("/api/members/me")).RootElement;
        return (header, new MemberId(me.GetProperty("id").GetGuid()));
    });
}

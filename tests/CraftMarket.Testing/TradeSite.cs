using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Identity.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CraftMarket.Testing;

/// <summary>
/// The real site with the demo villages, as the trade modules' tests use it: one started site per
/// test project and run (a collection fixture). Only the SMS gateway is replaced, by
/// <see cref="Texts"/>, the households' phones; e-mails land in the dev mailbox (DevMail). Tests make
/// their own records (fresh inquiries, members) so they never depend on each other's order.
/// </summary>
public abstract class TradeSite(string? postgres, IDictionary<string, string?>? extra = null)
    : CraftMarketApp(seedDemo: true, postgresConnectionString: postgres, extra: WithTestLimits(extra))
{
    private static Dictionary<string, string?> WithTestLimits(IDictionary<string, string?>? extra)
    {
        // Every test signs in, many times per minute from one address.
        var all = new Dictionary<string, string?>
        {
            ["CraftMarket:Identity:SignInPerMinute"] = "1000",
            ["CraftMarket:Identity:PhoneCodePerMinute"] = "1000",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) all[key] = value;
        return all;
    }

    private readonly ConcurrentDictionary<string, Task<AuthenticationHeaderValue?>> tokens = new();

    public TextMessages Texts { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ISmsSender>(Texts));
    }

    public TenantId TenantIdOf(string slug) =>
        Services.GetRequiredService<ITenantDirectory>().FindBySlug(slug)?.Id ?? throw new ArgumentException($"No demo association {slug}.");

    /// <summary>A client for <paramref name="slug"/> signed in as a demo account (admin@, export@, inspector@ that village).</summary>
    public async Task<HttpClient> Staff(string slug, string email)
    {
        // One password sign-in per account and fixture: hashing is slow and the token lasts an hour.
        var header = await tokens.GetOrAdd(email, async _ => (await ClientFor(slug).SignedInAs(email)).DefaultRequestHeaders.Authorization);
        var client = ClientFor(slug);
        client.DefaultRequestHeaders.Authorization = header;
        return client;
    }

    public Task<HttpClient> Admin(string slug) => Staff(slug, Auth.AssociationAdmin(slug));

    public Task<HttpClient> ExportDesk(string slug) => Staff(slug, $"export@{slug}.craftmarket.local");

    public Task<HttpClient> Inspector(string slug) => Staff(slug, $"inspector@{slug}.craftmarket.local");

    public HttpClient Anonymous(string slug) => ClientFor(slug);

    /// <summary>
    /// Invites a household with a fresh phone; answers its member id and phone (E.164). Crafts default
    /// to "men rạn"; <paramref name="capacities"/> are monthly capacities by category name (Vietnamese).
    /// </summary>
    public async Task<(Guid Id, string Phone)> InviteHousehold(string slug, string name = "Hộ gốm Thử Nghiệm",
        IReadOnlyList<string>? crafts = null, IReadOnlyList<(string Category, int Quantity)>? capacities = null)
    {
        var phone = TestPhones.Next();
        var response = await (await Admin(slug)).PostAsJsonAsync("/api/members", new
        {
            kind = "Household",
            displayName = name,
            representativeName = "Nguyễn Văn Thử",
            phone,
            commune = "Bát Tràng, Gia Lâm, Hà Nội",
            crafts = crafts ?? ["men rạn"],
            capacities = (capacities ?? []).Select(c => new { category = c.Category, quantity = c.Quantity, unit = "chiếc" }).ToArray(),
            languages = new[] { "vi" },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), "+84" + phone[1..]);
    }

    /// <summary>
    /// Makes an invited household one the export desk can share work with, through the admin API:
    /// activated and (unless told otherwise) meeting the association's export standard.
    /// </summary>
    public async Task ReadyForWork(string slug, Guid member, bool exportEligible = true)
    {
        var admin = await Admin(slug);
        (await admin.PostAsync($"/api/members/{member}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.PutAsJsonAsync($"/api/members/{member}/export-eligibility", new { eligible = exportEligible })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    /// <summary>Signs the producer of an invited member in with a texted code, as the household would.</summary>
    public async Task<HttpClient> Producer(string slug, string phoneE164, int invitations = 1)
    {
        await Texts.WaitForCount(phoneE164, invitations);
        var client = ClientFor(slug);
        var before = Texts.To(phoneE164).Count;
        (await client.PostAsJsonAsync("/api/auth/phone/code", new { phone = phoneE164 })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Texts.WaitForCount(phoneE164, before + 1);
        var code = TextMessages.Code(Texts.To(phoneE164)[before]);
        var login = await client.PostAsJsonAsync("/api/auth/phone/login", new { phone = phoneE164, code });
        login.StatusCode.ShouldBe(HttpStatusCode.OK, await login.Content.ReadAsStringAsync());
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A scope acting for one association, as a request or a background job would.</summary>
    public AsyncServiceScope ScopeFor(string slug)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TenantIdOf(slug), slug);
        return scope;
    }

    /// <summary>A client signed in as a demo buyer (any host): buyer@homeware.example (Japan) or buyer@decor.example (United States).</summary>
    public Task<HttpClient> Buyer(string slug, string email = TradeBuyers.Homeware) => Staff(slug, email);

    /// <summary>The account id of a signed-in client (<c>/api/auth/me</c>).</summary>
    public static async Task<Guid> UserIdOf(HttpClient client)
    {
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        return me.GetProperty("userId").GetGuid();
    }
}

/// <summary>The demo buyer accounts (DEMO_ACCOUNTS.md); their password is the demo password.</summary>
public static class TradeBuyers
{
    public const string Homeware = "buyer@homeware.example";
    public const string Decor = "buyer@decor.example";
}

/// <summary>Fresh, valid and unique Vietnamese mobile numbers, so tests never collide with seeded members.</summary>
public static class TestPhones
{
    private static int next = Random.Shared.Next(1_000_000, 8_000_000);
    public static string Next() => $"097{Interlocked.Increment(ref next):D7}";
}

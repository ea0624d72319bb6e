using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Collections.Concurrent;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Tests.Support;

/// <summary>
/// The real site with the demo villages, shared by every test class of this project (one started
/// site per run: see <see cref="InquiriesCollection"/>). Only the SMS gateway is replaced, by
/// <see cref="Texts"/>, the households' phones; e-mails land in the dev mailbox (DevMail). Tests make
/// their own records (fresh inquiries, members) so they never depend on each other's order.
/// </summary>
public abstract class InquiriesSite(string? postgres) : CraftMarketApp(seedDemo: true, postgresConnectionString: postgres, extra: new Dictionary<string, string?>
{
    // Every test signs in, many times per minute from one address.
    ["CraftMarket:Identity:SignInPerMinute"] = "1000",
    ["CraftMarket:Identity:PhoneCodePerMinute"] = "1000",
})
{
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
        var phone = Phones.Next();
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

    internal static InquiriesDb Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<InquiriesDb>();

    /// <summary>A client signed in as a demo buyer (any host): buyer@homeware.example (Japan) or buyer@decor.example (United States).</summary>
    public Task<HttpClient> Buyer(string slug, string email = DemoBuyers.Homeware) => Staff(slug, email);

    /// <summary>The account id of a signed-in client (<c>/api/auth/me</c>).</summary>
    public static async Task<Guid> UserIdOf(HttpClient client)
    {
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        return me.GetProperty("userId").GetGuid();
    }
}

/// <summary>The demo buyer accounts (DEMO_ACCOUNTS.md); their password is the demo password.</summary>
public static class DemoBuyers
{
    public const string Homeware = "buyer@homeware.example";
    public const string Decor = "buyer@decor.example";
}

/// <summary>Fresh, valid and unique Vietnamese mobile numbers, so tests never collide with seeded members.</summary>
internal static class Phones
{
    private static int next = Random.Shared.Next(1_000_000, 8_000_000);
    public static string Next() => $"098{Interlocked.Increment(ref next):D7}";
}

/// <summary>The embedded default (SQLite). A suite that also needs PostgreSQL takes <see cref="InquiriesSite"/> and has two sealed subclasses, one per collection.</summary>
public sealed class InquiriesApp() : InquiriesSite(null);

/// <summary>One site for every SQLite test class of this project: starting one costs seconds on 2 cores.</summary>
[CollectionDefinition(Name)]
public sealed class InquiriesCollection : ICollectionFixture<InquiriesApp>
{
    public const string Name = "inquiries";
}

/// <summary>The PostgreSQL twin, one site for the suites that exercise the data layer.</summary>
public sealed class PostgresInquiriesApp() : InquiriesSite(PostgresDatabase.Create());

[CollectionDefinition(Name)]
public sealed class PostgresInquiriesCollection : ICollectionFixture<PostgresInquiriesApp>
{
    public const string Name = "inquiries-postgres";
}

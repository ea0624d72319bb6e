using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Identity.Contracts;
using CraftMarket.Members.Data;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Members.Tests.Support;

/// <summary>
/// The real site (real tenancy, seeded demo villages, the Identity module's real sign-in and
/// policies). Only the SMS gateway is replaced, by <see cref="Texts"/>: the households' phones.
/// </summary>
public class MembersApp(string? postgres = null) : CraftMarketApp(seedDemo: true, postgresConnectionString: postgres, extra: new Dictionary<string, string?>
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

    /// <summary>A client for <paramref name="slug"/> signed in as a demo staff account (admin@, export@, inspector@ that village).</summary>
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

    public HttpClient Anonymous(string slug) => ClientFor(slug);

    /// <summary>Invites a household with a fresh phone; answers its member id and phone (E.164).</summary>
    public async Task<(Guid Id, string Phone)> InviteHousehold(string slug, string name = "Hộ gốm Thử Nghiệm")
    {
        var phone = Phones.Next();
        var response = await (await Admin(slug)).PostAsJsonAsync("/api/members", Requests.Household(phone, name));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await response.Read<JsonElement>()).GetProperty("id").GetGuid(), "+84" + phone[1..]);
    }

    /// <summary>
    /// Signs the producer of an invited member in as the household would: Identity creates the
    /// account when it handles MemberInvited (outbox, asynchronously) and texts the invitation; then
    /// a code is asked for and typed in. <paramref name="invitations"/> is how many invitation texts
    /// to wait for first (a reactivated member gets a second).
    /// </summary>
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
        var token = (await login.Read<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

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

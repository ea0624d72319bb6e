using System.Security.Claims;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using CraftMarket.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests;

/// <summary>
/// The storefront cache policy's rules one by one, on contexts made by hand, for the cases a demo
/// page never produces (a stray visitor cookie, an error, a suspended village). The whole path is
/// in Catalogue's PageCacheTests.
/// </summary>
public sealed class StorefrontCachePolicyTests
{
    private static readonly StorefrontCachePolicy Policy = new(TimeSpan.FromSeconds(30));

    private static readonly ResolvedTenant Village = new(
        TenantId.New(), "bat-trang", "Bát Tràng", "Bat Trang", "Gốm Bát Tràng", "", TenantStatus.Active, "vi", ["vi", "en"], "VND", [],
        "bat-trang", null!, null!, ["bat-trang.localhost"]);

    private static async Task<OutputCacheContext> Request(ResolvedTenant? tenant = null, bool platform = false, ClaimsPrincipal? user = null,
        string method = "GET", Action<HttpContext>? respond = null)
    {
        var http = InVillage(tenant, platform);
        http.Request.Method = method;
        if (user is not null) http.User = user;
        var context = new OutputCacheContext { HttpContext = http };
        await Policy.CacheRequestAsync(context, default);
        http.Response.StatusCode = 200;
        respond?.Invoke(http);
        await Policy.ServeResponseAsync(context, default);
        return context;
    }

    /// <summary>As tenant resolution leaves a request: only an active village sets the tenant context.</summary>
    private static DefaultHttpContext InVillage(ResolvedTenant? tenant, bool platform)
    {
        var context = new TenantContext();
        if (tenant is { IsActive: true }) context.Set(tenant.Id, tenant.Slug);
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddSingleton<ITenantContext>(context).BuildServiceProvider() };
        http.Features.Set(new TenantResolution(platform, tenant is null && !platform ? "unknown" : null));
        return http;
    }

    [Fact]
    public async Task An_anonymous_get_of_a_village_page_is_looked_up_and_stored_under_its_tags()
    {
        var context = await Request(Village);
        context.AllowCacheLookup.ShouldBeTrue();
        context.AllowCacheStorage.ShouldBeTrue();
        SharedRender.Is(context.HttpContext).ShouldBeTrue();
        context.Tags.ShouldContain("storefront:" + Village.Id.Value.ToString("N"));
        context.CacheVaryByRules.VaryByValues.Keys.ShouldBe(["lang", "currency", "encoding"], ignoreOrder: true);
        context.CacheVaryByRules.VaryByValues["encoding"].ShouldBe("identity", "no Accept-Encoding: the uncompressed entry");
    }

    [Fact]
    public async Task Signed_in_requests_bypass_the_cache_and_credentials_that_do_not_authenticate_do_not()
    {
        var signedIn = await Request(Village, user: new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "x")], "cookie")));
        signedIn.AllowCacheLookup.ShouldBeFalse();
        signedIn.AllowCacheStorage.ShouldBeFalse();

        var http = InVillage(Village, platform: false);
        http.Request.Method = "GET";
        http.Request.Headers.Authorization = "Bearer abc";
        var bearer = new OutputCacheContext { HttpContext = http };
        await Policy.CacheRequestAsync(bearer, default);
        bearer.AllowCacheLookup.ShouldBeTrue("junk credentials are an anonymous visitor (a real token: Catalogue's PageCacheTests)");
    }

    private static ClaimsPrincipal SignedIn(params Claim[] claims) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), .. claims], "Identity.Application"));

    private static Claim Role(string role) => new(ClaimTypes.Role, role);

    private static Claim RoleHere(string role) => new(CraftMarket.Identity.Contracts.CraftMarketClaims.TenantRole, $"{Village.Id.Value}:{role}");

    [Fact]
    public async Task A_buyer_signed_in_by_cookie_shares_kept_pages_rendered_in_shared_mode_and_anyone_with_a_role_here_does_not()
    {
        var buyer = await Request(Village, user: SignedIn(Role("buyer")));
        buyer.AllowCacheLookup.ShouldBeTrue();
        buyer.AllowCacheStorage.ShouldBeTrue();
        SharedRender.Is(buyer.HttpContext).ShouldBeTrue("a render that may be kept leaves out the buyer's own parts");
        (await Request(Village, user: SignedIn(Role("buyer"), new Claim(CraftMarket.Identity.Contracts.CraftMarketClaims.TenantRole, $"{Guid.NewGuid()}:export-desk"))))
            .AllowCacheLookup.ShouldBeTrue("a role in another village counts for nothing here");

        foreach (var user in new[] { SignedIn(Role("buyer"), RoleHere("export-desk")), SignedIn(Role("buyer"), RoleHere("producer")), SignedIn(Role("buyer"), Role("platform-admin")), SignedIn() })
        {
            var context = await Request(Village, user: user);
            context.AllowCacheLookup.ShouldBeFalse();
            context.AllowCacheStorage.ShouldBeFalse();
            SharedRender.Is(context.HttpContext).ShouldBeFalse("their page is their own");
        }

        var http = InVillage(Village, platform: false);
        http.Request.Method = "GET";
        http.User = SignedIn(Role("buyer"));
        http.Request.Headers.Authorization = "Bearer a-real-token";
        var bearer = new OutputCacheContext { HttpContext = http };
        await Policy.CacheRequestAsync(bearer, default);
        bearer.AllowCacheLookup.ShouldBeFalse("a bearer client (API) is not a browser sharing pages");
        (await Request(Village, user: SignedIn(Role("buyer")), method: "POST")).AllowCacheStorage.ShouldBeFalse();
    }

    [Fact]
    public async Task Posts_suspended_villages_and_unknown_hosts_are_not_cached()
    {
        (await Request(Village, method: "POST")).AllowCacheStorage.ShouldBeFalse();
        (await Request(Village with { Status = TenantStatus.Suspended })).AllowCacheLookup.ShouldBeFalse();
        (await Request(tenant: null, platform: false)).AllowCacheLookup.ShouldBeFalse();
        (await Request(tenant: null, platform: true)).AllowCacheStorage.ShouldBeTrue("the landing page is a storefront page too");
    }

    [Fact]
    public async Task A_response_with_a_visitors_own_cookie_or_an_error_or_no_store_is_not_kept()
    {
        (await Request(Village, respond: h => h.Response.Headers.Append("Set-Cookie", "cm-lang=en; path=/")))
            .AllowCacheStorage.ShouldBeTrue("the language cookie follows from the URL");
        (await Request(Village, respond: h => h.Response.Headers.Append("Set-Cookie", ".AspNetCore.Antiforgery.x=token; path=/")))
            .AllowCacheStorage.ShouldBeFalse();
        (await Request(Village, respond: h => h.Response.StatusCode = 404)).AllowCacheStorage.ShouldBeFalse();
        (await Request(Village, respond: h => h.Response.Headers.CacheControl = "no-cache, no-store")).AllowCacheStorage.ShouldBeFalse();
    }

    [Fact]
    public async Task A_page_varies_by_the_query_names_it_declares_plus_the_display_currency_and_nothing_else()
    {
        var verify = InVillage(Village, platform: false);
        verify.Request.Method = "GET";
        verify.Request.QueryString = new QueryString("?code=AB12&utm_source=mail");
        verify.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(new StorefrontPageAttribute { VaryByQuery = ["code"] }), "verify"));
        var context = new OutputCacheContext { HttpContext = verify };
        await Policy.CacheRequestAsync(context, default);
        context.CacheVaryByRules.QueryKeys.Count.ShouldBe(0, "never the raw query");
        context.CacheVaryByRules.VaryByValues.ShouldContainKeyAndValue("q:code", "AB12");
        context.CacheVaryByRules.VaryByValues.Keys.ShouldNotContain(k => k.Contains("utm", StringComparison.Ordinal));

        var undeclared = await Request(Village);
        undeclared.CacheVaryByRules.VaryByValues.Keys.ShouldNotContain(k => k.StartsWith("q:", StringComparison.Ordinal), "a page that declares nothing varies by no name of its own");
    }

    [Fact]
    public async Task Values_are_keyed_as_the_page_binds_them()
    {
        var page = new StorefrontPageAttribute { VaryByQuery = ["category", "p", "sort"], WholeNumbers = ["p"], Ids = ["category"] };
        async Task<IDictionary<string, string>> Key(string query)
        {
            var http = InVillage(Village, platform: false);
            http.Request.Method = "GET";
            http.Request.QueryString = new QueryString(query);
            http.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(page), "products"));
            var context = new OutputCacheContext { HttpContext = http };
            await Policy.CacheRequestAsync(context, default);
            return context.CacheVaryByRules.VaryByValues.Where(v => v.Key.StartsWith("q:", StringComparison.Ordinal)).ToDictionary();
        }
        var id = Guid.NewGuid();
        (await Key($"?p=07&category={id:N}&sort=new")).ShouldBe(await Key($"?sort=new&sort=old&category={id:D}&p=7"));
        (await Key("?p=x&category=nope&sort=")).ShouldBeEmpty("values that do not bind are no values");
        (await Key("?p=2")).ShouldNotBe(await Key("?p=3"));
    }
}

using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Web.Tests.PageCache;

/// <summary>
/// Kept storefront pages for signed-in buyers (ADR 0050): a buyer gets the very bytes anonymous
/// visitors get, their own parts come from <c>/personal</c>, a page a buyer's request stored holds
/// nothing of theirs, and staff, producers, platform admins and API tokens still get fresh pages.
/// A kept answer carries an <c>Age</c> header.
/// </summary>
public sealed class SignedInBuyerPageTests(SignedInBuyerPageTests.App app) : IClassFixture<SignedInBuyerPageTests.App>, IAsyncLifetime
{
    private const string Buyer = "buyer@homeware.example";
    private const string BuyerName = "Yuki Tanaka";
    private const string OtherBuyer = "buyer@decor.example";

    /// <summary>The real site, plus a stand-in for the inquiry list's count part (the Inquiries module registers the real one).</summary>
    public sealed class App() : CraftMarketApp(seedDemo: true, extra: new Dictionary<string, string?> { ["CraftMarket:Identity:SignInPerMinute"] = "1000" })
    {
        public ListCounts Counts { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<IPersonalPart>(Counts));
        }
    }

    /// <summary>"inquiry-list-count" per signed-in e-mail; nothing for anyone else.</summary>
    public sealed class ListCounts : IPersonalPart
    {
        public ConcurrentDictionary<string, int> ByUser { get; } = new(StringComparer.OrdinalIgnoreCase);
        public string Name => "inquiry-list-count";

        public ValueTask<string?> ValueAsync(HttpContext http, CancellationToken ct)
        {
            var who = http.User.Identity?.IsAuthenticated == true ? http.User.FindFirstValue(ClaimTypes.Email) ?? http.User.Identity.Name : null;
            return ValueTask.FromResult(who is not null && ByUser.TryGetValue(who, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        }
    }

    public Task InitializeAsync() => app.WaitForOutboxesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static bool Kept(HttpResponseMessage response) => response.Headers.Age is not null;

    /// <summary>A listing address no other test asks for: its own entry.</summary>
    private static string FreshListing() => $"/en/products?sort=name&moq={Random.Shared.Next(100_000, 900_000)}";

    private async Task<(HttpResponseMessage Response, byte[] Bytes)> Get(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpClient> SignedIn(string slug, string login) => await app.ClientFor(slug).SignedInWithCookie(login);

    [Fact]
    public async Task A_signed_in_buyer_gets_the_page_anonymous_visitors_get_byte_for_byte()
    {
        var path = FreshListing();
        var anonymous = app.ClientFor("bat-trang");
        Kept((await Get(anonymous, path)).Response).ShouldBeFalse("rendered the first time");
        var (anonymousAgain, anonymousBytes) = await Get(anonymous, path);
        Kept(anonymousAgain).ShouldBeTrue();

        var buyer = await SignedIn("bat-trang", Buyer);
        var (kept, bytes) = await Get(buyer, path);
        Kept(kept).ShouldBeTrue("a buyer shares the kept page");
        bytes.ShouldBe(anonymousBytes, "the same entry");
        var html = System.Text.Encoding.UTF8.GetString(bytes);
        html.ShouldContain("data-personal=\"account-menu\"");
        html.ShouldContain("src=\"/scripts/personal.", Case.Sensitive, "the script that fills the placeholders (fingerprinted name)");
    }

    [Fact]
    public async Task A_page_stored_by_a_buyers_request_holds_nothing_of_theirs()
    {
        var path = FreshListing();
        var buyer = await SignedIn("van-phuc", Buyer);
        var (first, buyerBytes) = await Get(buyer, path);
        Kept(first).ShouldBeFalse("the buyer's request rendered it");

        var (kept, keptBytes) = await Get(app.ClientFor("van-phuc"), path);
        Kept(kept).ShouldBeTrue("the buyer's render was stored for everyone");
        keptBytes.ShouldBe(buyerBytes, "what the buyer got is what anonymous visitors get: nothing of theirs was rendered");
        var html = System.Text.Encoding.UTF8.GetString(keptBytes);
        html.ShouldNotContain(BuyerName);
        html.ShouldNotContain(Buyer, Case.Insensitive);
        html.ShouldNotContain("Homeware Trading");
        html.ShouldNotContain("__RequestVerificationToken", customMessage: "no antiforgery token (the buyer's sign-out form) in a kept page");
        html.ShouldNotContain("action=\"/account/logout\"");
        html.ShouldContain("href=\"/en/account/login\" data-personal=\"account-menu\"", Case.Sensitive, "a plain link that works without JavaScript");
    }

    [Fact]
    public async Task The_personal_endpoint_answers_each_visitor_their_own_parts_and_is_never_stored()
    {
        app.Counts.ByUser[Buyer] = 3;
        app.Counts.ByUser[OtherBuyer] = 11;
        var buyer = await SignedIn("bat-trang", Buyer);
        var other = await SignedIn("bat-trang", OtherBuyer);

        var mine = await buyer.GetAsync("/personal");
        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        mine.Headers.CacheControl!.Private.ShouldBeTrue();
        mine.Headers.CacheControl.NoStore.ShouldBeTrue();
        mine.Headers.Vary.ShouldContain("Cookie");
        mine.Headers.Age.ShouldBeNull();
        var answer = (await mine.Content.ReadFromJsonAsync<Dictionary<string, string>>())!;
        answer["account-menu"].ShouldBe(BuyerName);
        answer["inquiry-list-count"].ShouldBe("3");
        // The notification bell's count is the Notifications module's (tested there); here only that it is among the buyer's parts.
        answer.Keys.ShouldBe(["account-menu", "inquiry-list-count", "notifications-unread"], ignoreOrder: true);

        var theirs = await (await other.GetAsync("/personal")).Content.ReadFromJsonAsync<Dictionary<string, string>>();
        theirs!["account-menu"].ShouldBe("Sam Carter", "never another visitor's answer");
        theirs["inquiry-list-count"].ShouldBe("11");
        app.Counts.ByUser[Buyer] = 4;
        (await (await buyer.GetAsync("/personal")).Content.ReadFromJsonAsync<Dictionary<string, string>>())!["inquiry-list-count"].ShouldBe("4", "computed afresh every time");

        var nobody = await app.ClientFor("bat-trang").GetAsync("/personal");
        (await nobody.Content.ReadFromJsonAsync<Dictionary<string, string>>()).ShouldBeEmpty();
        nobody.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task Staff_producers_and_platform_admins_still_get_fresh_pages_of_their_own()
    {
        var path = FreshListing();
        await Get(app.ClientFor("van-phuc"), path);
        Kept((await Get(app.ClientFor("van-phuc"), path)).Response).ShouldBeTrue("sanity: the page is kept");

        foreach (var login in new[] { Auth.AssociationAdmin("van-phuc"), "export@van-phuc.craftmarket.local", "0913 442 118", Auth.PlatformAdmin })
        {
            var client = await SignedIn("van-phuc", login);
            var (response, bytes) = await Get(client, path);
            Kept(response).ShouldBeFalse($"{login} sees what they just changed");
            System.Text.Encoding.UTF8.GetString(bytes).ShouldContain("action=\"/en/account/logout\"", Case.Sensitive, $"{login}'s own menu");
        }
    }

    [Fact]
    public async Task A_buyers_api_token_gets_a_fresh_page()
    {
        var path = FreshListing();
        await Get(app.ClientFor("dong-ky"), path);
        var token = await app.ClientFor("dong-ky").SignedInAs(Buyer);
        Kept((await Get(token, path)).Response).ShouldBeFalse("bearer clients are unaffected: only browsers share kept pages");
        Kept((await Get(await SignedIn("dong-ky", Buyer), path)).Response).ShouldBeTrue();
    }

    [Fact]
    public async Task The_filling_script_is_a_static_file_that_reads_its_endpoint_from_the_page()
    {
        var html = await app.ClientFor("bat-trang").GetStringAsync(FreshListing());
        var tag = System.Text.RegularExpressions.Regex.Match(html, "<script src=\"(/scripts/personal\\.[^\"]+)\"[^>]*data-url=\"([^\"]+)\"");
        tag.Success.ShouldBeTrue("a script file, never inline (CSP)");
        tag.Groups[2].Value.ShouldBe("/en/personal");
        var script = await app.ClientFor("bat-trang").GetAsync(tag.Groups[1].Value);
        script.StatusCode.ShouldBe(HttpStatusCode.OK);
        script.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        (await script.Content.ReadAsStringAsync()).ShouldContain("data-personal");
        (await app.ClientFor("bat-trang").GetAsync("/en/personal")).StatusCode.ShouldBe(HttpStatusCode.OK, "the address the page names answers");
    }

    [Fact]
    public async Task Without_javascript_the_sign_in_link_leads_a_signed_in_buyer_to_their_account()
    {
        var buyer = await SignedIn("bat-trang", Buyer);
        var kept = await buyer.GetStringAsync(FreshListing());
        kept.ShouldContain("<a href=\"/en/account/login\" data-personal=\"account-menu\"", Case.Sensitive);
        var login = await buyer.GetStringAsync("/en/account/login");
        var notice = login.IndexOf("class=\"signed-in-notice\"", StringComparison.Ordinal);
        notice.ShouldBeGreaterThan(0, "the sign-in page says who is signed in");
        login[notice..login.IndexOf("</p>", notice, StringComparison.Ordinal)].ShouldContain("href=\"/en/account/me\"", Case.Sensitive);
        (await app.ClientFor("bat-trang").GetStringAsync("/en/account/login")).ShouldNotContain("signed-in-notice");
    }
}

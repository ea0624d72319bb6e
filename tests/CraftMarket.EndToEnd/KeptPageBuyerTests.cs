using Microsoft.Playwright;

namespace CraftMarket.EndToEnd;

/// <summary>
/// A signed-in buyer reads the kept listing page every visitor shares (ADR 0050): with JavaScript,
/// /scripts/personal.js writes their name into the account menu (from /personal) under the site's
/// CSP; without it, the "Sign in" placeholder still leads them to their account.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class KeptPageBuyerTests(LiveSite site)
{
    private const string Listing = "/en/products?sort=name&moq=4321";

    [Fact]
    public async Task A_signed_in_buyer_sees_their_name_on_a_kept_listing_and_a_working_account_link_without_javascript()
    {
        // A cold site's first pages can take longer than the page timeout on a busy machine: warm it up first.
        using (var warm = new HttpClient { BaseAddress = new Uri(site.Url(null)), Timeout = TimeSpan.FromMinutes(2) })
        {
            warm.DefaultRequestHeaders.Host = $"bat-trang.localhost:{site.Port}";   // as LiveSite.ApiAsync: the Host header picks the village
            foreach (var path in new[] { "/account/login", Listing, "/personal" })
                await warm.GetAsync(path);
        }
        var page = await site.NewPageAsync(390, 844);
        var watch = await CspWatch.StartAsync(page);
        await site.SignInAsync(page, "bat-trang", "buyer@homeware.example");
        await page.GotoAsync(site.Url("bat-trang", Listing));   // stores the page if no one has yet
        var kept = await page.GotoAsync(site.Url("bat-trang", Listing));
        kept.ShouldNotBeNull();
        (await kept.AllHeadersAsync()).ShouldContainKey("age", "the buyer is served the kept page");

        var account = page.Locator("[data-personal=account-menu]");
        await page.Locator("[data-personal=account-menu].personal-filled").WaitForAsync();
        (await account.InnerTextAsync()).Trim().ShouldBe("Yuki Tanaka");
        (await account.GetAttributeAsync("href")).ShouldBe("/en/account/me");
        await page.Locator("[data-personal-reveal=account-menu]").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        (await watch.TakeAsync()).ShouldBeEmpty("the filling script runs under the CSP");
        await page.Locator("[data-personal-reveal=account-menu]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/account/logout", StringComparison.Ordinal));
        (await page.Locator("main form button[type=submit]").CountAsync()).ShouldBe(1, "the sign-out page has the form the kept page cannot");

        var state = await page.Context.StorageStateAsync();
        var noScript = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false, StorageState = state, ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        noScript.SetDefaultTimeout(15_000);
        var plain = await noScript.NewPageAsync();
        var plainKept = await plain.GotoAsync(site.Url("bat-trang", Listing));
        (await plainKept!.AllHeadersAsync()).ShouldContainKey("age");
        var placeholder = plain.Locator("[data-personal=account-menu]");
        (await placeholder.InnerTextAsync()).Trim().ShouldBe("Sign in");
        await placeholder.ClickAsync();
        await plain.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal));
        await plain.Locator(".signed-in-notice a").ClickAsync();
        await plain.WaitForURLAsync(url => url.Contains("/account/me", StringComparison.Ordinal));
        (await plain.Locator("main h1").InnerTextAsync()).Trim().ShouldBe("Yuki Tanaka");

        await noScript.CloseAsync();
        await page.Context.CloseAsync();
    }
}

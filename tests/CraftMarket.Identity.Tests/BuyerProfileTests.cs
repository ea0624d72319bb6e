using System.Net;
using System.Net.Http.Json;
using CraftMarket.Identity.Contracts;
using CraftMarket.Identity.Data;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Identity.Tests;

/// <summary>Buyers edit their name, company, country and languages; the API validates, /me and the cookie's claims follow.</summary>
public sealed class BuyerProfileTests(BuyerProfileTests.App app) : IClassFixture<BuyerProfileTests.App>
{
    public sealed class App() : IdentityApp(seedDemo: false);

    private sealed record ProfileView(string DisplayName, string? Company, string? Country, string[] Languages, string PreferredLanguage);

    private sealed record MeProfile(string DisplayName, string? BuyerCompany, string PreferredLanguage, string? BuyerCountry, string[] BuyerLanguages);

    private async Task<string> BuyerAsync()
    {
        var email = Api.UniqueEmail("buyer");
        var user = await app.CreateUserAsync(email, null);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CraftMarketUser>>();
        user = (await users.FindByIdAsync(user.Id.ToString()))!;
        user.BuyerCompany = "Kyoto Tableware";
        user.BuyerCountry = "JP";
        user.BuyerLanguages = "ja,en";
        user.PreferredLanguage = "ja";
        (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, PlatformRoles.Buyer)).Succeeded.ShouldBeTrue();
        return email;
    }

    [Fact]
    public async Task A_buyer_changes_the_profile_through_the_API_and_me_shows_it_at_once()
    {
        var client = await app.ClientFor(null).SignedInAs(await BuyerAsync());
        (await client.GetFromJsonAsync<ProfileView>("/api/auth/profile"))!.Company.ShouldBe("Kyoto Tableware");

        var response = await client.PutAsJsonAsync("/api/auth/profile", new
        {
            displayName = "Aiko Sato", company = "Sato Trading", country = "jp", languages = new[] { "ja", "EN", "vi" }, preferredLanguage = "en",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var saved = (await response.Content.ReadFromJsonAsync<ProfileView>())!;
        saved.ShouldBe(saved with { DisplayName = "Aiko Sato", Company = "Sato Trading", Country = "JP", PreferredLanguage = "en" });
        saved.Languages.ShouldBe(["ja", "en", "vi"]);

        var me = (await client.GetFromJsonAsync<MeProfile>("/api/auth/me"))!;
        me.ShouldBe(me with { DisplayName = "Aiko Sato", BuyerCompany = "Sato Trading", BuyerCountry = "JP", PreferredLanguage = "en" });
        me.BuyerLanguages.ShouldBe(["ja", "en", "vi"]);

        var log = (await client.GetFromJsonAsync<SecurityLogLineView[]>("/api/auth/security-log"))!;
        log.Single(l => l.Kind == "ProfileChanged").Detail.ShouldBe("displayName, company, languages, preferredLanguage");
    }

    [Fact]
    public async Task Invalid_fields_are_named_in_a_validation_problem_and_nothing_changes()
    {
        var client = await app.ClientFor(null).SignedInAs(await BuyerAsync());
        var response = await client.PutAsJsonAsync("/api/auth/profile", new
        {
            displayName = " ", company = new string('x', 201), country = "XX", languages = new[] { "ja", "english", "zz" }, preferredLanguage = "de",
        });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!.Keys.Order(StringComparer.Ordinal).ShouldBe(["company", "country", "displayName", "languages", "preferredLanguage"]);

        var tooMany = await client.PutAsJsonAsync("/api/auth/profile", new
        {
            displayName = "Aiko", country = "JP", preferredLanguage = "ja",
            languages = new[] { "ja", "en", "fr", "de", "es", "it", "ko", "zh", "vi", "th", "pt" },
        });
        (await tooMany.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.ShouldContainKey("languages");
        (await client.GetFromJsonAsync<ProfileView>("/api/auth/profile"))!.Company.ShouldBe("Kyoto Tableware");
    }

    [Fact]
    public async Task Only_buyers_have_a_buyer_profile()
    {
        var email = Api.UniqueEmail("staff");
        await app.CreateUserAsync(email, null);
        var client = await app.ClientFor(null).SignedInAs(email);
        (await client.PutAsJsonAsync("/api/auth/profile", new { displayName = "X", country = "VN", preferredLanguage = "vi" }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.ClientFor(null).GetAsync("/api/auth/profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task On_the_page_the_sign_in_is_refreshed_so_the_new_company_shows_at_once()
    {
        var browser = await app.ClientFor(null).SignedInWithCookie(await BuyerAsync());
        (await browser.GetStringAsync("/en/account/me")).ShouldContain("Kyoto Tableware");

        var refused = await browser.SubmitAsync("/en/account/profile", new Dictionary<string, string>
        {
            ["DisplayName"] = "Aiko Sato", ["Company"] = "Sato Trading", ["Country"] = "XX", ["Languages"] = "ja", ["PreferredLanguage"] = "en",
        });
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Choose your country");

        var saved = await browser.SubmitAsync("/en/account/profile", new Dictionary<string, string>
        {
            ["DisplayName"] = "Aiko Sato", ["Company"] = "Sato Trading", ["Country"] = "JP", ["Languages"] = "ja, en", ["PreferredLanguage"] = "en",
        });
        (await saved.Content.ReadAsStringAsync()).ShouldContain("Your profile is saved.");
        saved.Headers.GetValues("Set-Cookie").ShouldAllBe(c => c.Contains("path=/;", StringComparison.OrdinalIgnoreCase),
            "the renewed cookie is for the whole site, not only for /en");
        var me = await browser.GetStringAsync("/en/account/me");
        me.ShouldContain("Sato Trading", customMessage: "the cm:buyer_company claim of the cookie is renewed");
        me.ShouldContain("Aiko Sato");
        me.ShouldNotContain("Kyoto Tableware");
    }
}

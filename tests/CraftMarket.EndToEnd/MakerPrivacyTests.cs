using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.Testing;

namespace CraftMarket.EndToEnd;

/// <summary>
/// A buyer reading a product page sees the households who make it only as far as their status
/// allows: a maker who is no longer publicly listed (deactivated) appears as an anonymous
/// household, with no name and no link to a profile.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class MakerPrivacyTests(LiveSite site)
{
    [Fact]
    public async Task A_deactivated_maker_shows_only_as_an_anonymous_household_on_the_product_page()
    {
        using var admin = await AdminApi("bat-trang");
        var name = "Hộ Ẩn Danh " + Guid.NewGuid().ToString("N")[..6];
        var phone = "098" + Random.Shared.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var invited = await admin.PostAsJsonAsync("/api/members", new
        {
            kind = "Household", displayName = name, representativeName = "Nguyễn Văn Ẩn", phone, commune = "Bát Tràng, Gia Lâm, Hà Nội",
            canSignContracts = false,
        });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        var member = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await admin.PostAsync($"/api/members/{member}/activate", null)).IsSuccessStatusCode.ShouldBeTrue();

        var categories = await admin.GetFromJsonAsync<JsonElement>("/api/catalogue/categories");
        var category = categories.EnumerateArray().First(c => !c.GetProperty("retired").GetBoolean()).GetProperty("id").GetString();
        var created = await admin.PostAsJsonAsync("/api/catalogue/products", new
        {
            categoryId = category, name = new { vi = "Bình của hộ ẩn danh", en = "Vase by a private household" },
            description = new { vi = "Bình men lam.", en = "A blue-glazed vase." },
            basePriceVnd = 300000, minimumOrderQuantity = 10, orderMultiple = 1, leadTimeDays = 30, makers = new[] { member },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var product = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        foreach (var step in new[] { "submit", "approve" })
            (await admin.PostAsync($"/api/catalogue/products/{product}/{step}", null)).StatusCode.ShouldBe(HttpStatusCode.OK, step);

        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(site.Url("bat-trang", $"/en/products/{product}"));
        (await page.Locator(".makers").InnerTextAsync()).ShouldContain(name, customMessage: "sanity: an active member is named");
        (await page.Locator($".makers a[href$='/members/{member}']").CountAsync()).ShouldBe(1);

        (await admin.PostAsync($"/api/members/{member}/deactivate", null)).IsSuccessStatusCode.ShouldBeTrue();

        foreach (var (path, anonymous) in new[] { ($"/en/products/{product}", "A member household"), ($"/vi/products/{product}", "Một hộ hội viên") })
        {
            await page.GotoAsync(site.Url("bat-trang", path));
            var makers = (await page.Locator(".makers").InnerTextAsync()).Trim();
            makers.ShouldContain(anonymous, Case.Sensitive, path);
            makers.ShouldNotContain(name, Case.Sensitive, path);
            (await page.Locator(".makers a").CountAsync()).ShouldBe(0, $"{path}: no link to the profile");
            (await page.ContentAsync()).ShouldNotContain(member, Case.Insensitive, $"{path}: not even the member's id");
        }
        await page.Context.CloseAsync();
    }

    /// <summary>The association admin's bearer API on the village's host (the Host header picks the village).</summary>
    private async Task<HttpClient> AdminApi(string slug)
    {
        var client = new HttpClient { BaseAddress = new Uri(site.Url(null)) };
        client.DefaultRequestHeaders.Host = $"{slug}.localhost:{site.Port}";
        return await client.SignedInAs(Auth.AssociationAdmin(slug));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Integrations.Tests.Support;
using CraftMarket.Testing;
using static CraftMarket.Integrations.Tests.Webhooks.WebhooksGiven;

namespace CraftMarket.Integrations.Tests.Webhooks;

/// <summary>The admin's pages: register (the secret shown once), the detail with rotation and the log; another association's endpoint is not found.</summary>
[Collection(IntegrationsCollection.Name)]
public sealed partial class WebhookPagesTests(IntegrationsApp app)
{
    private const string Village = "bat-trang";

    [GeneratedRegex("whsec_[A-Za-z0-9+/=]+")]
    private static partial Regex Secret();

    [Fact]
    public async Task The_admin_registers_an_endpoint_sees_its_secret_once_and_rotates_it_on_the_detail_page()
    {
        var receiver = await Receiver();
        var path = receiver.Path("page");
        // No endpoint left from other tests: the list starts empty of ours.
        await EndpointAsync(app, Village, receiver.Path("page-old"), "order.paid");
        var browser = await app.ClientFor(Village).SignedInWithCookie($"admin@{Village}.craftmarket.local");
        const string list = "/admin/integrations/webhooks";
        var page = await browser.GetStringAsync(list);
        page.ShouldContain("label-batch.revoked");
        Secret().IsMatch(page).ShouldBeFalse("a registered endpoint's secret is never shown again");

        var refused = await browser.PostFormAsync(list, new Dictionary<string, string>
        {
            ["Address"] = "https://169.254.169.254/latest/meta-data/", ["Description"] = "metadata", ["EventTypes"] = "order.paid",
        }, Forms.Antiforgery(page));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("link-local");

        var created = await browser.PostFormAsync(list, new Dictionary<string, string>
        {
            ["Address"] = receiver.Url(path), ["Description"] = "Kế toán", ["EventTypes"] = "label-batch.revoked",
        }, Forms.Antiforgery(page));
        var answer = WebUtility.HtmlDecode(await created.Content.ReadAsStringAsync());   // the page writes + and / as entities
        created.StatusCode.ShouldBe(HttpStatusCode.OK, answer);
        var secret = Secret().Matches(answer).Single().Value;
        receiver.Accept(path, secret);

        var admin = await app.Admin(Village);
        var endpoint = (await admin.GetFromJsonAsync<JsonElement>("/api/integrations/webhooks")).EnumerateArray()
            .Single(e => e.GetProperty("url").GetString() == receiver.Url(path)).GetProperty("id").GetGuid();
        WebUtility.HtmlDecode(await browser.GetStringAsync(list)).ShouldNotContain(secret);

        await BatchRevokedAsync(app, Village);
        (await receiver.WaitForAsync(path, c => c.Count >= 1)).Single().VerifiedWith.ShouldBe([secret]);
        var detailUrl = $"{list}/{endpoint}";
        await LogAsync(admin, endpoint, l => l.EnumerateArray().Any(d => d.GetProperty("status").GetString() == "succeeded"));
        var detail = await browser.GetStringAsync(detailUrl);
        detail.ShouldContain("label-batch.revoked");
        WebUtility.HtmlDecode(detail).ShouldNotContain(secret);
        detail.ShouldContain("200");

        var rotated = await browser.PostFormAsync($"{detailUrl}?handler=Rotate", new Dictionary<string, string>(), Forms.Antiforgery(detail));
        var rotatedPage = WebUtility.HtmlDecode(await rotated.Content.ReadAsStringAsync());
        rotated.StatusCode.ShouldBe(HttpStatusCode.OK, rotatedPage);
        var fresh = Secret().Matches(rotatedPage).Single().Value;
        fresh.ShouldNotBe(secret);

        var other = await app.ClientFor("van-phuc").SignedInWithCookie("admin@van-phuc.craftmarket.local");
        (await other.GetAsync(detailUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

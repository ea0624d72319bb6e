using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Web;
using CraftMarket.Identity.Tests.Support;

namespace CraftMarket.Identity.Tests;

public sealed partial class RegistrationTests(RegistrationTests.App app) : IClassFixture<RegistrationTests.App>
{
    public sealed class App() : IdentityApp();

    [GeneratedRegex(@"https?://\S+/account/confirm-email\?\S+")]
    private static partial Regex ConfirmLink();

    [Fact]
    public async Task A_buyer_registers_confirms_the_email_link_and_then_signs_in_as_buyer()
    {
        var email = Api.UniqueEmail("importer");
        var client = app.ClientFor("bat-trang");
        var registered = await client.PostAsJsonAsync("/api/auth/register", new
        {
            email, password = "long enough passphrase", displayName = "Aiko Sato", company = "Kyoto Living",
            country = "JP", languages = new[] { "ja", "en" },
        });
        registered.StatusCode.ShouldBe(HttpStatusCode.Accepted, await registered.Content.ReadAsStringAsync());

        var before = await client.PostAsJsonAsync("/api/auth/login", new { email, password = "long enough passphrase" });
        (await before.ProblemAsync(HttpStatusCode.Unauthorized)).Detail.ShouldContain("Confirm");

        var mail = await app.WaitForMessageAsync(m => m.Channel == "email" && m.To == email);
        var link = new Uri(ConfirmLink().Match(mail.Body).Value);
        link.Host.ShouldBe("bat-trang.localhost");
        var query = HttpUtility.ParseQueryString(link.Query);
        var confirmed = await client.PostAsJsonAsync("/api/auth/confirm-email", new { userId = query["userId"], code = query["code"] });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var token = await client.LoginAsync(new { email, password = "long enough passphrase" });
        var me = (await app.ClientFor(null).Bearer(token).GetFromJsonAsync<MeView>("/api/auth/me"))!;
        me.PlatformRoles.ShouldContain("buyer");
    }

    [Fact]
    public async Task Short_password_and_unknown_country_are_400_per_field()
    {
        var response = await app.ClientFor(null).PostAsJsonAsync("/api/auth/register", new
        {
            email = Api.UniqueEmail(), password = "short", displayName = "X", country = "ZZ",
        });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        problem.Errors!.Keys.ShouldContain("country");
    }

    [Fact]
    public async Task A_tampered_confirmation_code_is_refused()
    {
        var email = Api.UniqueEmail();
        var user = await app.CreateUserAsync(email, null);
        var response = await app.ClientFor(null).PostAsJsonAsync("/api/auth/confirm-email", new { userId = user.Id, code = "bm9wZQ" });
        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_dev_mailbox_page_does_not_exist_outside_Development()
    {
        (await app.ClientFor(null).GetAsync("/dev/mailbox")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;

namespace CraftMarket.Identity.Tests;

/// <summary>
/// The whole path through the real outbox: an association admin invites a household in Members,
/// Identity texts the invitation and opens a producer account; deactivating the member closes it.
/// </summary>
public sealed partial class MemberLifecycleTests(MemberLifecycleTests.App app) : IClassFixture<MemberLifecycleTests.App>
{
    public sealed class App() : IdentityApp();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex Code();

    [Fact]
    public async Task An_invited_household_gets_a_text_signs_in_as_producer_and_loses_the_role_when_deactivated()
    {
        var admin = await app.ClientFor("bat-trang").SignedInAs(Auth.AssociationAdmin("bat-trang"));
        var phone = Api.UniquePhone();
        var invited = await admin.PostAsJsonAsync("/api/members", new
        {
            kind = "Household", displayName = "Hộ gốm Đào Văn Bình", representativeName = "Đào Văn Bình",
            phone = "0" + phone[3..], commune = "Bát Tràng, Gia Lâm, Hà Nội", languages = new[] { "vi" }, canSignContracts = false,
        });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        var memberId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var invitation = await app.WaitForMessageAsync(m => m.To == phone);
        invitation.Body.ShouldContain("bat-trang.localhost/account/phone");

        var producer = app.ClientFor("bat-trang");
        await producer.PostAsJsonAsync("/api/auth/phone/code", new { phone });
        var sms = await app.WaitForMessageAsync(m => m.To == phone && Code().IsMatch(m.Body));
        var login = await producer.PostAsJsonAsync("/api/auth/phone/login", new { phone, code = Code().Match(sms.Body).Value });
        var token = (await login.Content.ReadFromJsonAsync<Token>())!;
        var me = (await app.ClientFor("bat-trang").Bearer(token).GetFromJsonAsync<MeView>("/api/auth/me"))!;
        me.TenantRoles.ShouldBe(["producer"]);
        me.MemberId.ShouldBe(memberId.ToString());

        (await admin.PostAsync($"/api/members/{memberId}/deactivate", null)).IsSuccessStatusCode.ShouldBeTrue();
        // The outbox delivers in the background; the renewed security stamp then refuses the old token at once.
        var status = HttpStatusCode.OK;
        for (var i = 0; i < 100 && status == HttpStatusCode.OK; i++)
        {
            status = (await app.ClientFor("bat-trang").Bearer(token).GetAsync("/api/auth/me")).StatusCode;
            if (status == HttpStatusCode.OK) await Task.Delay(50);
        }
        status.ShouldBe(HttpStatusCode.Unauthorized, "a token issued before deactivation is refused");
        (await app.ClientFor("bat-trang").PostAsJsonAsync("/api/auth/refresh", new { token.RefreshToken }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "and so is its refresh token");
    }
}
